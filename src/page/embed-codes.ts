// The two embed codes a newsroom pastes into its CMS, for a story published under `base` (absolute, ending in /).
import type { Lang } from '../story/types';
import { langQuery } from '../locale/lang-param';
import { locale } from '../locale/locales';

/** Escaped for an attribute value or for text: story titles are never markup. */
function attr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

export interface EmbedCodes {
  iframe: string;
  element: string;
}

/**
 * What a news page shows inside <story-map> until embed.js runs, and for good if it never does: the story's locator
 * map, its title, a link to its full page and a retry (the page again). embed.js hides it behind the element's
 * shadow root. Only attributes, no style and no script, so it shows under the page's own policy as it is; the map is
 * lazy, so a page whose script runs never fetches it.
 */
function elementFallback(base: string, slug: string, lang: Lang, title: string): string {
  const { fallback: w, space: s } = locale(lang);
  const home = `${base}${slug}/`;
  const read = home + langQuery(lang);
  const map =
    `<img src="${attr(`${home}maps/locator.${lang}.svg`)}" alt="${attr(`${title}${w.colon}${s}${w.map}`)}" ` +
    `width="220" height="200" loading="lazy">`;
  const links = `<a href="${attr(read)}">${w.read}</a>${s}${w.or}${s}<a href="">${w.retry}</a>`;
  return `<p data-story-map-fallback>${map}<br>${attr(title)} · ${w.absent}${s}${links}</p>`;
}

export function embedCodes(base: string, slug: string, lang: Lang, title: string): EmbedCodes {
  const script = `<script src="${attr(`${base}embed.js`)}" async></script>`;
  const src = `${base}${slug}/embed/${langQuery(lang)}`;
  return {
    // A height that suits a phone before the first height message arrives; embed.js (or pym.js) then sets it.
    iframe:
      `<iframe src="${attr(src)}" title="${attr(title)}" data-story-map ` +
      `style="width:100%;height:640px;border:0" loading="lazy"></iframe>\n${script}`,
    // `site` names the site that draws the element: a page may carry elements of several sites, and the tag alone
    // names none.
    element:
      `${script}\n<story-map story="${attr(slug)}" lang="${lang}" site="${attr(base)}">\n` +
      `  ${elementFallback(base, slug, lang, title)}\n</story-map>`,
  };
}

/** The folder the site is published in, from a story page's address (…/<slug>/). */
export function siteBase(pageUrl: string): string {
  return new URL('../', new URL('.', pageUrl)).href;
}
