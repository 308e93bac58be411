// The test's reader of the English page: it reads back a figure as shown ("more than 200 thousand visits") so the
// round-trip test can check it means the quote's number. Kept with the tests: the page never reads English back.
import { decimalsOf, type Quantity } from '../../src/check/quantity';
import type { Qualifier } from '../../src/story/types';

const EN_MAGNITUDES: Record<string, number> = {
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
};
const EN_QUALIFIERS: Record<string, Qualifier> = { 'more than': 'more', nearly: 'nearly', about: 'about' };

/**
 * A figure as the English page shows it: "more than 200 thousand visits", "US$21.5 million", "88.9%". A
 * magnitude left in the unit ("×10,000 visits") multiplies, as a reader would take it.
 */
export function readEnglish(text: string): Quantity | null {
  const m =
    /^\s*(more than|nearly|about)?\s*(US\$)?(\d+(?:,\d{3})*(?:\.\d+)?)\s*(thousand|million|billion|trillion)?(.*)$/is.exec(
      text,
    );
  if (!m) return null;
  const [, q, usd, written, word, tail] = m;
  let magnitude = word ? EN_MAGNITUDES[word.toLowerCase()]! : 1;
  let unit = tail!.trim();
  const times = /^[×x*]\s*(\d+(?:,\d{3})*)\s*/.exec(unit);
  if (times) {
    magnitude *= Number(times[1]!.replace(/,/g, ''));
    unit = unit.slice(times[0].length);
  }
  const number = Number(written!.replace(/,/g, ''));
  return {
    number,
    magnitude,
    base: number * magnitude,
    decimals: decimalsOf(written!.replace(/,/g, '')),
    unit: usd ? 'US$' : unit,
    unitText: text.slice(text.indexOf(written!) + written!.length).trim(),
    qualifier: q ? EN_QUALIFIERS[q.toLowerCase()]! : null,
    prefix: q ?? '',
    text: text.trim(),
    sign: 0,
  };
}

/** Whether a figure shown with its rounding (`shown`) can stand for `exact`. */
export function agrees(shown: Quantity, exact: number): boolean {
  const half = 0.5 * 10 ** -shown.decimals * shown.magnitude;
  return Math.abs(shown.base - exact) <= half * (1 + 1e-9);
}
