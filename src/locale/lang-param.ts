// How an address, an embed code or a <story-map lang> names the language: `?lang=en`, or nothing for the default.
import { DEFAULT_LANG, LANGS, LOCALES, type Lang } from './locales.ts';

/** The language `value` names (its id or its BCP 47 tag); anything else reads as the default language. */
export function parseLang(value: string | null | undefined): Lang {
  return LANGS.find((l) => l === value || LOCALES[l].html === value) ?? DEFAULT_LANG;
}

/** Names `lang` in `params` as langQuery does: no `lang` for the default language. */
export function setLangParam(params: URLSearchParams, lang: Lang): void {
  if (lang === DEFAULT_LANG) params.delete('lang');
  else params.set('lang', lang);
}

/** The query that opens a page in `lang`: '' for the default language, so its links stay as they were. */
export function langQuery(lang: Lang): string {
  return lang === DEFAULT_LANG ? '' : `?lang=${lang}`;
}
