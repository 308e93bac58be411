// The <story-map> element's content: the whole story, rendered into the element's shadow root from the story's JSON,
// with every stylesheet it needs adopted inside that root (none in the host's document), and the map's state
// mirrored onto the element as the same data-* attributes the story page's map carries. Loaded by embed.js.
import { mount, unmount } from 'svelte';
import mapCss from 'maplibre-gl/dist/maplibre-gl.css?inline';
import App from '../page/App.svelte';
import pageCss from '../ui/global.css?inline';
import { keepPlace } from './keep-place';
import { toneCss } from '../story/tones';
import type { BuiltStory, Lang } from '../story/types';
import { componentCss } from './component-css';

export interface StoryElementOptions {
  /** The site's folder (absolute, ending in /): where embed.js was loaded from. */
  base: string;
  slug: string;
  lang: Lang;
  /** When the element began to load (performance.now()): the reader has waited for the map since then. */
  waitingSince?: number;
}

// Inherited properties cross the shadow boundary: the host page's `* { font: 30px serif }` reaches the element
// itself, so the tree starts from initial values rather than from whatever the host set.
const HOST_CSS = `
:host { display: block; }
.frame { all: initial; display: block; }
`;

const MIRRORED = ['data-map-state', 'data-chapter', 'data-center', 'data-zoom', 'data-padding', 'data-size'];

function sheet(css: string): CSSStyleSheet {
  const s = new CSSStyleSheet();
  s.replaceSync(css);
  return s;
}

async function fetchStory(url: string): Promise<BuiltStory> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${res.status} ${res.statusText} for ${url}`);
  return (await res.json()) as BuiltStory;
}

function mirror(from: Element, to: HTMLElement): () => void {
  const copy = () => {
    for (const name of MIRRORED) {
      const value = from.getAttribute(name);
      if (value === null) to.removeAttribute(name);
      else if (to.getAttribute(name) !== value) to.setAttribute(name, value);
    }
  };
  const observer = new MutationObserver(copy);
  observer.observe(from, { attributes: true, attributeFilter: MIRRORED });
  copy();
  return () => observer.disconnect();
}

/** Renders the story `slug` into `shadow` (of `host`); resolves to the function that takes it down again. */
export async function mountStory(
  host: HTMLElement,
  shadow: ShadowRoot,
  { base, slug, lang, waitingSince }: StoryElementOptions,
): Promise<() => void> {
  const home = new URL(`${encodeURIComponent(slug)}/`, base).href;
  const story = await fetchStory(`${home}story.json`);
  // Constructed sheets, not <style> elements: a host page's CSP that forbids inline styles still allows them.
  // The components' own come first, where Svelte's <style> elements were: adopted sheets follow those in the cascade.
  shadow.adoptedStyleSheets = [
    sheet(componentCss),
    sheet(HOST_CSS),
    sheet(mapCss),
    sheet(pageCss),
    sheet(toneCss(story)),
  ];
  const target = document.createElement('div');
  keepPlace(host);
  shadow.append(target);
  const app = mount(App, { target, props: { story, lang, embedded: true, assetBase: home, waitingSince } });
  const map = shadow.querySelector('[data-map-state]');
  const stop = map ? mirror(map, host) : () => {};
  return () => {
    stop();
    void unmount(app);
    target.remove();
  };
}
