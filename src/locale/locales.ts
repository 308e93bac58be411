// Every language a story is read in. Adding one is a file beside this one and a line here, the stories' text in it
// and the basemap's names in it (its labelField); nothing else in the tree names a language.
import { en } from './en.ts';
import type { Locale } from './locale.ts';
import { zh } from './zh.ts';

// The first is the stories' original language: the page the build prerenders, and the one a link without ?lang=
// opens.
export const LOCALES = { zh, en } as const satisfies Record<string, Locale>;

export type Lang = keyof typeof LOCALES;
export const LANGS = Object.keys(LOCALES) as Lang[];

/** One text per language. */
export type LocalText = Record<Lang, string>;
export const DEFAULT_LANG: Lang = LANGS[0]!;

/** The language whose text excerpts quote verbatim; the others translate it. */
export const SOURCE_LANG: Lang = LANGS.find((l) => !LOCALES[l].translated) ?? DEFAULT_LANG;

export function locale(lang: Lang): Locale {
  return LOCALES[lang];
}

/** One value per language, made by `f`. */
export function perLang<T>(f: (lang: Lang) => T): Record<Lang, T> {
  return Object.fromEntries(LANGS.map((l) => [l, f(l)])) as Record<Lang, T>;
}
