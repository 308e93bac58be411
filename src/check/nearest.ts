// Suggests the known name closest to a typo ("zhuangshl" → "zhuangshi"). The search is bounded: ids are at most
// MAX_ID_CHARS long, only candidates close enough to beat the best so far are compared, and each story gets a fixed
// amount of comparing, so a file of ten thousand unknown names against ten thousand places still checks at once.
import { MAX_ID_CHARS } from '../story/limits.ts';

/** Edit distance from a to b if it is at most `max`, else max + 1; `cells` counts the work done. */
function distanceWithin(a: string, b: string, max: number, work: { cells: number }): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      best = Math.min(best, row[j]!);
    }
    work.cells += b.length;
    // Every path to the end passes through this row: none of it is within reach, so neither is the end.
    if (best > max) return max + 1;
    prev = row;
  }
  return prev[b.length]!;
}

/** Enough for a guess against every place of any real story, many times over; about 20 ms of work. */
const BUDGET_CELLS = 2_000_000;

/**
 * A function giving the candidate closest to a word, within a third of the word's length, if any. It remembers its
 * answers, and once the budget is spent it guesses only for words it has already seen.
 */
export function nearestIn(candidates: Iterable<string>): (word: string) => string | undefined {
  const pool = [...candidates].filter((c) => c.length <= MAX_ID_CHARS);
  const known = new Map<string, string | undefined>();
  const work = { cells: 0 };
  return (word) => {
    if (known.has(word)) return known.get(word);
    if (word.length > MAX_ID_CHARS || work.cells > BUDGET_CELLS) return undefined;
    let best: string | undefined;
    let bestD = Math.max(2, Math.ceil(word.length / 3)) + 1;
    for (const c of pool) {
      if (work.cells > BUDGET_CELLS) break;
      const d = distanceWithin(word, c, bestD - 1, work);
      if (d < bestD) [best, bestD] = [c, d];
    }
    known.set(word, best);
    return best;
  };
}

/** The closest candidate within a third of the word's length, if any. */
export function nearest(word: string, candidates: Iterable<string>): string | undefined {
  return nearestIn(candidates)(word);
}
