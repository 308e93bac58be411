// MapLibre's own words (zoom buttons, the cooperative-gestures hint) in the reader's language. MapLibre reads them
// once, when the map and its controls are made; a language switch relabels what is already on the page.
import type { Lang } from '../story/types';

type Words = Record<Lang, string>;

const WORDS: Record<string, Words> = {
  'NavigationControl.ZoomIn': { zh: '放大', en: 'Zoom in' },
  'NavigationControl.ZoomOut': { zh: '缩小', en: 'Zoom out' },
  'CooperativeGesturesHandler.WindowsHelpText': {
    zh: '按住 Ctrl 键滚动以缩放地图',
    en: 'Use Ctrl + scroll to zoom the map',
  },
  'CooperativeGesturesHandler.MacHelpText': {
    zh: '按住 ⌘ 键滚动以缩放地图',
    en: 'Use ⌘ + scroll to zoom the map',
  },
  'CooperativeGesturesHandler.MobileHelpText': {
    zh: '用两根手指移动地图',
    en: 'Use two fingers to move the map',
  },
  'Popup.Close': { zh: '关闭', en: 'Close popup' },
};

/** The `locale` option for a map made in `lang`. */
export function mapLocale(lang: Lang): Record<string, string> {
  return Object.fromEntries(Object.entries(WORDS).map(([key, words]) => [key, words[lang]]));
}

const LABELLED: [selector: string, key: string][] = [
  ['.maplibregl-ctrl-zoom-in', 'NavigationControl.ZoomIn'],
  ['.maplibregl-ctrl-zoom-out', 'NavigationControl.ZoomOut'],
];
const TEXTS: [selector: string, key: string][] = [
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
  for (const [selector, key] of LABELLED)
    for (const el of container.querySelectorAll(selector)) {
      el.setAttribute('title', WORDS[key]![lang]);
      el.setAttribute('aria-label', WORDS[key]![lang]);
    }
  for (const [selector, key] of TEXTS)
    for (const el of container.querySelectorAll(selector)) el.textContent = WORDS[key]![lang];
}
