// Reads quantities the way a reader does: a number with its magnitude (万, 亿, million …), its unit and a
// qualifier (超过, 余, "more than"). The checker reads a metric's quote with it, and the browser test reads back
// what the page shows, so a figure is checked for what it means, not for the characters it shares with its quote.
import type { Qualifier } from '../story/types';

export interface Quantity {
  /** The number as written, before its magnitude: 20 in 「20万人次」. */
  number: number;
  /** 1, or what the magnitude multiplies by: 1e4 for 万. */
  magnitude: number;
  /** number × magnitude. */
  base: number;
  /** Digits after the decimal point as written: the rounding the figure claims. */
  decimals: number;
  /** The unit without magnitude or qualifier: 人次, 美元, %, visits, yuan; '' when none is recognised. */
  unit: string;
  /** What stands between the number and the end of the unit, as written: 「万人次」, 「余亩」. */
  unitText: string;
  qualifier: Qualifier | null;
  /** A word before the number that carries the qualifier (超过, 近, 约), when there is one. */
  prefix: string;
  /** The whole figure as written: 「超过20万人次」. */
  text: string;
  /** Sign a verb before the number gives it (下降 56.9% is −56.9). */
  sign: 1 | -1 | 0;
}

// Longest first, so 千万 is read before 万 and 美元 before 元.
const ZH_MAGNITUDES: [string, number][] = [
  ['万亿', 1e12],
  ['千亿', 1e11],
  ['百亿', 1e10],
  ['十亿', 1e9],
  ['亿', 1e8],
  ['千万', 1e7],
  ['百万', 1e6],
  ['十万', 1e5],
  ['万', 1e4],
];
const ZH_UNITS = [
  '个百分点',
  '平方公里',
  '平方米',
  '人次',
  '美元',
  '公顷',
  '公里',
  '千米',
  '元',
  '亩',
  '米',
  '吨',
  '%',
  '％',
  '个',
  '户',
  '名',
  '家',
  '人',
  '位',
  '天',
  '期',
  '项',
  '条',
  '场',
  '对',
  '处',
  '座',
  '次',
  '辆',
  '台',
  '套',
  '件',
  '所',
  '年',
  '倍',
];
const ZH_PREFIXES: [string, Qualifier][] = [
  ['超过', 'more'],
  ['多达', 'more'],
  ['逾', 'more'],
  ['超', 'more'],
  ['将近', 'nearly'],
  ['接近', 'nearly'],
  ['近', 'nearly'],
  ['约', 'about'],
];
const FALLS = /(下降|减少|下滑|降低|回落)[^0-9，,。；;]{0,3}$/;
const RISES = /(增长|增加|提高|上升|提升)[^0-9，,。；;]{0,3}$/;

const NUMBER = /\d+(?:,\d{3})*(?:\.\d+)?/g;

function startsWithAny<T>(text: string, items: readonly T[], key: (t: T) => string): T | undefined {
  return items.find((t) => text.startsWith(key(t)));
}

export function decimalsOf(written: string): number {
  const dot = written.indexOf('.');
  return dot < 0 ? 0 : written.length - dot - 1;
}

/** Every figure in a Chinese text (a metric's quote, or a figure as the Chinese page shows it), in order. */
export function readChinese(text: string): Quantity[] {
  const out: Quantity[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const at = m.index;
    // A digit just before means this is the tail of something else (a date like 2022-06, say).
    if (at > 0 && /[\d.]/.test(text[at - 1]!)) continue;
    const written = m[0];
    const before = text.slice(Math.max(0, at - 4), at);
    const prefixHit = ZH_PREFIXES.find(([p]) => before.endsWith(p));
    // A window, not the rest of the text: a figure's magnitude, qualifier and unit take a few characters, and a
    // window keeps a long quote full of numbers linear.
    let rest = text.slice(at + written.length, at + written.length + 12);
    let unitText = '';
    let qualifier: Qualifier | null = prefixHit?.[1] ?? null;
    const take = (s: string) => {
      unitText += s;
      rest = rest.slice(s.length);
    };
    if (/^[余多]/.test(rest)) {
      qualifier = 'more';
      take(rest[0]!);
    }
    const mag = startsWithAny(rest, ZH_MAGNITUDES, ([k]) => k);
    if (mag) take(mag[0]);
    if (/^[余多]/.test(rest)) {
      qualifier = 'more';
      take(rest[0]!);
    }
    const unit = startsWithAny(rest, ZH_UNITS, (u) => u) ?? '';
    take(unit);
    const number = Number(written.replace(/,/g, ''));
    const magnitude = mag?.[1] ?? 1;
    const head = text.slice(Math.max(0, at - 8), at);
    out.push({
      number,
      magnitude,
      base: number * magnitude,
      decimals: decimalsOf(written),
      unit: unit === '％' ? '%' : unit,
      unitText,
      qualifier,
      prefix: prefixHit?.[0] ?? '',
      text: (prefixHit?.[0] ?? '') + written + unitText,
      sign: FALLS.test(head) ? -1 : RISES.test(head) ? 1 : 0,
    });
  }
  return out;
}

/**
 * The magnitude an English unit carries, as written ("×10,000", "100 million", "thousand"), or null. A unit is
 * only the thing counted: the magnitude is the engine's (value × scale), so any of these in a unit is an error.
 */
export function magnitudeInUnit(unit: string): string | null {
  const m =
    /[×*]\s*\d|\bx\s*\d|\b\d|\b(hundred|thousand|million|billion|trillion|lakh|crore|bn|mn|k)\b/i.exec(unit);
  if (!m) return null;
  // Name the whole figure the editor wrote ("×10,000"), not just its first digit.
  return /^[×x*]?\s*\d[\d,.]*/i.exec(unit.slice(m.index))?.[0] ?? m[0];
}
