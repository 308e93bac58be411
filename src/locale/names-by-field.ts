// A name in every language as map features carry it: each under its locale's labelField (name_zh, name_en), the
// property the map's text-field and fit-labels.ts read.
import { LANGS, locale, type LocalText } from './locales.ts';

export function namesByField(name: LocalText): Record<string, string> {
  return Object.fromEntries(LANGS.map((l) => [locale(l).labelField, name[l]]));
}
