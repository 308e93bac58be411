// What the page needs to know of a language: everything that differs between two readers of the same story, so that
// no other module branches on a language's name. A language is one file of this folder and one line of locales.ts.
import type { FallbackWords, MapWords, Words } from './words.ts';

/** A date as a period writes it: '2022', '2022-06', '2022-06-30'. */
export interface Day {
  y: string;
  m?: number;
  d?: number;
}

/** A figure's words, as Metric.svelte shows them: qualifier, number and unit. */
export interface FigureWords {
  /** Words before the number ("more than ", 「超过」), or ''. */
  qualifier: string;
  value: string;
  unit: string;
}

export interface Locale {
  /** Its BCP 47 tag, for `lang` attributes: what picks the fonts and the voice of a screen reader. */
  html: string;
  /** The locale `Intl` formats numbers in. */
  intl: string;
  /** Its name in itself, on the language switch. */
  name: string;
  /** What a story's text in this language is, for the schema an editor sees. */
  describe: string;
  /** A field in this language when it is missing, for the checker's message ("the English translation"). */
  missing: string;
  /** The basemap's property holding a feature's name in this language (geodata's name_*). */
  labelField: `name_${string}`;
  /** A place's name as shown, from the gazetteer's label in this language (which may carry the source's notes). */
  placeName(label: string): string;
  /** Set in a Latin face first, so its punctuation is not drawn with full-width CJK glyphs (global.css). */
  latin: boolean;
  /** Between words and between the lines of a paragraph: '' where text runs on without spaces. */
  space: string;
  /** Between the names of a list. */
  joiner: string;
  /** The story's text in this language is a translation: the original is shown beside excerpts, and said so. */
  translated: boolean;
  words: Words;
  mapWords: MapWords;
  fallback: FallbackWords;
  /** After an approximate place's name in a static map's description. */
  approximateAfter: string;
  /** A static map's description: `places` are its places' names, joined, or ''. */
  staticMapAlt(title: string, places: string): string;
  /** A distance, its number already formatted. */
  km(n: string): string;
  period: {
    notStated: string;
    date(day: Day): string;
    range(from: Day, to: Day): string;
    /** From a date to the source's own (今年以来): 「2022年以来」, "2022 to date". */
    since(from: Day): string;
  };
  figure(m: FigureInput): FigureWords;
  /** A change in percent (signed), with its basis (「同比」, "year on year") or '', as a newspaper writes it. */
  change(percent: number, basis: string): string;
  /** Punctuation of the page's own sentences around story text: full-width in Chinese. */
  punct: Punctuation;
  /** The line under the headline of a story adapted from a source: its reporters, as printed. */
  adaptedFrom(authors: string): string;
  /** Beside a figure: who reported it (a section's or figure's `from`). */
  reportedIn(from: string): string;
  /** The source's date, said to be the source's and not the page's. */
  published(date: string): string;
}

interface Punctuation {
  /** Before what a label introduces ("Source: …"). */
  colon: string;
  /** Between the parts of one citation. */
  comma: string;
  /** At the end of a sentence. */
  stop: string;
  /** Between two places' names, as in a distance between them. */
  between: string;
}

/** What a figure's words are made from: the number as the story gives it and how the quote qualifies it. */
export interface FigureInput {
  value: number;
  /** value × scale = the base quantity (万 = 10000). */
  scale?: number;
  currency?: 'CNY' | 'USD';
  /** The unit in this language. */
  unit: string;
  qualifier: 'more' | 'nearly' | 'about' | null;
  /** The word the quote puts before the number (超过, 近), shown as written on the Chinese page. */
  qualifierZh: string;
}
