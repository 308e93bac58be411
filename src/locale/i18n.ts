// The page's own words in the reader's language (src/locale/); story content brings its own.
import { locale, type Lang } from './locales';
import type { Words } from './words';

export type Word = keyof Words;

export function t(lang: Lang, word: Word): string {
  return locale(lang).words[word];
}

export function distance(lang: Lang, metres: number): string {
  const { intl, km } = locale(lang);
  return km(new Intl.NumberFormat(intl, { maximumFractionDigits: 1 }).format(metres / 1000));
}
