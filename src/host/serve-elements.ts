// This copy of embed.js draws the <story-map> elements of its own site: those it hears of from now on, and those
// already on the page that no copy could draw yet (their site's embed.js ran after another site's had defined the
// tag).
import { onNews, siteOf, TAG } from './element-news';
import { startElement } from './start-element';

export function serveElements(base: string): void {
  const drawn = new WeakMap<HTMLElement, () => void>();
  const draw = (host: HTMLElement) => drawn.set(host, startElement(host, base));
  onNews(({ host, site }) => {
    drawn.get(host)?.();
    drawn.delete(host);
    if (site === base) draw(host);
  });
  for (const host of document.querySelectorAll<HTMLElement>(`${TAG}[site]:defined`))
    if (host.isConnected && siteOf(host, '') === base && !drawn.has(host)) draw(host);
}
