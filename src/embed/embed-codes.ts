// The two embed codes a newsroom pastes into its CMS, for a story published under `base` (absolute, ending in /).
import type { Lang } from '../story/types';

function attr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

export interface EmbedCodes {
  iframe: string;
  element: string;
}

export function embedCodes(base: string, slug: string, lang: Lang, title: string): EmbedCodes {
  const script = `<script src="${attr(`${base}embed.js`)}" async></script>`;
  const src = `${base}${slug}/embed/${lang === 'zh' ? '' : `?lang=${lang}`}`;
  return {
    // A height that suits a phone before the first height message arrives; embed.js (or pym.js) then sets it.
    iframe:
      `<iframe src="${attr(src)}" title="${attr(title)}" data-story-map ` +
      `style="width:100%;height:640px;border:0" loading="lazy"></iframe>\n${script}`,
    element: `${script}\n<story-map story="${attr(slug)}" lang="${lang}"></story-map>`,
  };
}

/** The folder the site is published in, from a story page's address (…/<slug>/). */
export function siteBase(pageUrl: string): string {
  return new URL('../', new URL('.', pageUrl)).href;
}
