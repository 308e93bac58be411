// Every figure an article states, with the clause that states it as its quote. The reading of a figure (number,
// 万/亿, unit, 超过/约, the sign of a change) is the checker's own (src/check/quantity.ts): what the draft proposes
// is what the checker will then read back from the quote, so the two cannot disagree.
import { readChinese, type Quantity } from '../../src/check/quantity.ts';

export interface Figure {
  /** The clause as the source writes it (a substring of it), and where it starts there. */
  quote: string;
  at: number;
  quantity: Quantity;
  /** A percentage change stated with it (同比增长113.5%): signed, and the words it is measured against. */
  change?: { value: number; basis: string | null };
  /** The sentence the figure is in, verbatim: a candidate excerpt. */
  sentence: string;
  /** The source line (paragraph) it is on, from 0. */
  paragraph: number;
}

/** A clause ends at a comma, semicolon, colon or sentence end, full-width or not (the sources mix them). */
const CLAUSE_END = /[，,；;。！？!?：:]/;
const SENTENCE_END = /[。！？!?]/;
/** A change is measured against something: 同比 (year on year), 环比 (on the previous period), 比上年 … */
const BASIS = /(同比|环比|比上年|比去年|较上年|较去年)/;

interface Span {
  text: string;
  at: number;
}

/** `text` cut after each character `end` matches, each piece with its offset; the ends stay with their piece. */
function cut(text: string, at: number, end: RegExp): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++)
    if (end.test(text[i]!) || i === text.length - 1) {
      out.push({ text: text.slice(start, i + 1), at: at + start });
      start = i + 1;
    }
  return out;
}

/** Leading and trailing spaces and the punctuation that ends a clause off, the offset kept. */
function trimmed(s: Span): Span {
  const lead = s.text.length - s.text.replace(/^\s+/, '').length;
  const text = s.text.slice(lead).replace(/[\s，,；;。！？!?：:]+$/, '');
  return { text, at: s.at + lead };
}

/**
 * A count, amount or share as a reader takes one: a number with a unit the reader recognises. A year (2022年), an
 * ordinal (第2期) or a date (9月27日, no unit) is not a figure of the story.
 */
function isFigure(q: Quantity, clause: string): boolean {
  if (!q.unit) return false;
  const at = clause.indexOf(q.text);
  if (at > 0 && clause[at - 1] === '第') return false;
  return !(q.unit === '年' && q.magnitude === 1 && q.decimals === 0 && q.number >= 1900 && q.number <= 2100);
}

const isChange = (q: Quantity) => q.unit === '%' && q.sign !== 0;

/** Every figure of `source`, in the order it states them. */
export function findFigures(source: string): Figure[] {
  const out: Figure[] = [];
  let offset = 0;
  source.split('\n').forEach((line, paragraph) => {
    const lineAt = offset;
    offset += line.length + 1;
    if (!line.trim()) return;
    for (const sentence of cut(line, lineAt, SENTENCE_END).map(trimmed))
      out.push(...sentenceFigures(source, sentence, paragraph));
  });
  return out;
}

function sentenceFigures(source: string, sentence: Span, paragraph: number): Figure[] {
  const figures: Figure[] = [];
  for (const clause of cut(sentence.text, sentence.at, CLAUSE_END).map(trimmed)) {
    const qs = readChinese(clause.text).filter((q) => isFigure(q, clause.text));
    // A clause of changes after the figures they belong to: 「…2150万美元,同比增长113.5%」, and one change each
    // in turn: 「总收入3008万元,其中经营性收入1064万元,同比分别增长21.58%、51%」.
    const open = figures.filter((f) => !f.change && f.quantity.unit !== '%');
    if (BASIS.test(clause.text.slice(0, 6)) && qs.length > 0 && qs.every((q) => q.unit === '%')) {
      const sign = qs[0]!.sign;
      const owners = qs.length === 1 ? open.slice(-1) : open.slice(-qs.length);
      if (sign !== 0 && owners.length === qs.length) {
        const basis = BASIS.exec(clause.text)![1]!;
        const quote = source.slice(owners[0]!.at, clause.at + clause.text.length);
        owners.forEach((f, i) =>
          Object.assign(f, { quote, at: owners[0]!.at, change: { value: sign * qs[i]!.number, basis } }),
        );
        continue;
      }
    }
    qs.forEach((q, j) => {
      // A signed percentage right after a figure of the same clause is that figure's change, not a figure.
      if (j > 0 && isChange(q) && !isChange(qs[j - 1]!)) return;
      const next = qs[j + 1];
      const change = next && isChange(next) && !isChange(q) ? next : undefined;
      const basis = change ? (BASIS.exec(clause.text)?.[1] ?? null) : null;
      figures.push({
        quote: clause.text,
        at: clause.at,
        quantity: q,
        ...(change ? { change: { value: change.sign * change.number, basis } } : {}),
        sentence: sentence.text,
        paragraph,
      });
    });
  }
  return figures;
}
