// How the one <story-map> class (defined by whichever copy of embed.js ran first) tells every copy on the page that
// an element came, went or changed, so that the copy of the element's own site draws it. Through an event on the
// window, so that nothing of ours is global but the tag.
const NEWS = 'storymap:element';

export const TAG = 'story-map';

export interface ElementNews {
  host: HTMLElement;
  /** The site that draws the element from now on (absolute, ending in /), or null once it has left the page. */
  site: string | null;
}

export function announce(news: ElementNews): void {
  dispatchEvent(new CustomEvent<ElementNews>(NEWS, { detail: news }));
}

export function onNews(listener: (news: ElementNews) => void): void {
  addEventListener(NEWS, (e) => listener((e as CustomEvent<ElementNews>).detail));
}

/**
 * The site an element names in its `site` attribute, in the form embed.js knows its own by; `otherwise` when it names
 * none (codes written before the attribute, drawn by the copy that defined the tag).
 */
export function siteOf(host: Element, otherwise: string): string {
  const site = host.getAttribute('site');
  if (!site) return otherwise;
  try {
    return new URL(site.endsWith('/') ? site : `${site}/`, document.baseURI).href;
  } catch {
    return site; // no site at all: no copy draws it, and its fallback stays
  }
}
