// What <story-map> shows when its story cannot start (its module or its story.json failed, or never answered):
// the story's locator map, one line saying why, a retry, and the way to the story's own page. The reader of the
// news page still learns where the story is and can read it.
import type { Lang } from '../story/types';
import { langQuery } from '../locale/lang-param';
import { locale } from '../locale/locales';

// A constructed sheet: a news page whose CSP refuses inline styles still allows it.
const CSS = `.map-error{font:15px/1.6 system-ui,sans-serif;color:#1d2a33}
.map-error img{display:block;max-width:100%;height:auto;margin:0 0 8px}
.map-error button{font:inherit;margin-right:12px}`;

export function showFallback(
  shadow: ShadowRoot,
  {
    base,
    slug,
    lang,
    reason,
    retry,
  }: { base: string; slug: string; lang: Lang; reason: string; retry: () => void },
): void {
  const w = locale(lang).fallback;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(CSS);
  shadow.adoptedStyleSheets = [sheet];
  const box = document.createElement('div');
  box.className = 'map-error';
  box.setAttribute('role', 'alert');
  const home = new URL(`${encodeURIComponent(slug)}/`, base);
  const img = document.createElement('img');
  img.src = new URL(`maps/locator.${lang}.svg`, home).href;
  img.alt = w.map;
  const line = document.createElement('p');
  line.textContent = `${w.failed}: ${reason}`;
  const again = document.createElement('button');
  again.type = 'button';
  again.textContent = w.retry;
  again.addEventListener('click', retry);
  const read = document.createElement('a');
  read.href = home.href + langQuery(lang);
  read.textContent = w.read;
  box.append(img, line, again, read);
  shadow.replaceChildren(box);
}
