// Chinese sets its punctuation full-width: 「庄市街道：约61公里。」, not 「庄市街道: 约61公里.」. An ASCII mark after a
// Chinese character is almost always a slip (a paste, an English keyboard), so the checker warns of it in the text an
// editor writes. Excerpts are left alone: they quote the source verbatim, ASCII commas and all.
import { LANGS, locale, type Lang } from '../locale/locales.ts';
import type { DataPath } from './locate';
import type { Finding } from './problem';

const FULL_WIDTH: Record<string, string> = {
  ',': '，',
  ':': '：',
  ';': '；',
  '!': '！',
  '?': '？',
  '.': '。',
};
// Parentheses are not among them: names as the source prints them keep theirs (易津新能源汽车(零部件)).
const ASCII_AFTER_HAN = /\p{Script=Han}([,:;!?.])/u;

/** The first ASCII mark after a Chinese character in `text`, with a little of what precedes it. */
export function asciiPunctuation(text: string): { mark: string; after: string } | null {
  const m = ASCII_AFTER_HAN.exec(text);
  if (!m) return null;
  return { mark: m[1]!, after: text.slice(Math.max(0, m.index - 7), m.index + 1) };
}

const isVerbatim = (path: DataPath) => path.at(-1) === 'text' && path.at(-3) === 'excerpts';

/** Every text of the story in a language set without Latin spacing (Chinese), checked for ASCII punctuation. */
export function fullWidthFindings(story: unknown): Finding[] {
  const langs = LANGS.filter((l) => !locale(l).latin);
  const out: Finding[] = [];
  const visit = (value: unknown, path: DataPath) => {
    if (typeof value !== 'object' || value === null) return;
    if (Array.isArray(value)) return value.forEach((v, i) => visit(v, [...path, i]));
    const record = value as Record<string, unknown>;
    for (const l of langs as Lang[]) {
      const text = record[l];
      if (typeof text !== 'string' || isVerbatim(path)) continue;
      const found = asciiPunctuation(text);
      if (found)
        out.push({
          path: [...path, l],
          message: `${locale(l).describe} text with an ASCII "${found.mark}" after 「${found.after}」`,
          hint: `write the full-width "${FULL_WIDTH[found.mark]}"`,
          warning: true,
        });
    }
    for (const [k, v] of Object.entries(record)) if (!(langs as string[]).includes(k)) visit(v, [...path, k]);
  };
  visit(story, []);
  return out;
}
