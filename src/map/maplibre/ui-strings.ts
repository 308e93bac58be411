// MapLibre's own words (zoom buttons, the cooperative-gestures hint) in the reader's language. MapLibre reads them
// once, when the map and its controls are made; a language switch relabels what is already on the page.
import { locale, type Lang } from '../../locale/locales';
import type { MapWords } from '../../locale/words';

type Key = keyof MapWords;

/** The `locale` option for a map made in `lang`. */
export function mapLocale(lang: Lang): Record<string, string> {
  return { ...locale(lang).mapWords };
}

const LABELLED: [selector: string, key: Key][] = [
  ['.maplibregl-ctrl-zoom-in', 'NavigationControl.ZoomIn'],
  ['.maplibregl-ctrl-zoom-out', 'NavigationControl.ZoomOut'],
];
const TEXTS: [selector: string, key: Key][] = [
  [
    '.maplibregl-desktop-message',
    /Mac/.test(globalThis.navigator?.platform ?? '')
      ? 'CooperativeGesturesHandler.MacHelpText'
      : 'CooperativeGesturesHandler.WindowsHelpText',
  ],
  ['.maplibregl-mobile-message', 'CooperativeGesturesHandler.MobileHelpText'],
];

/** Puts `lang`'s words on the controls MapLibre has already drawn in `container`. */
export function relabelControls(container: HTMLElement, lang: Lang): void {
  const words = locale(lang).mapWords;
  for (const [selector, key] of LABELLED)
    for (const el of container.querySelectorAll(selector)) {
      el.setAttribute('title', words[key]);
      el.setAttribute('aria-label', words[key]);
    }
  for (const [selector, key] of TEXTS)
    for (const el of container.querySelectorAll(selector)) el.textContent = words[key];
}
