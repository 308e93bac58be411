// The source a story follows, cited in the reader's language: its title, publisher and date, the date said to be the
// source's, so the page never reads as the original article or dates itself by it.
import { locale } from '../locale/locales';
import type { Lang, ResolvedStory } from '../story/types';

export function formatSource(source: ResolvedStory['source'], lang: Lang): string {
  if (!source) return '';
  const date = typeof source.date === 'object' ? source.date[lang] : source.date;
  const l = locale(lang);
  return [source.title[lang], source.publisher?.[lang], date && l.published(date)]
    .filter(Boolean)
    .join(l.punct.comma);
}
