/**
 * The active chapter is the last one whose top has passed the reading line. Computed from positions rather than
 * from enter/leave events, so however fast the reader scrolls, the answer once scrolling stops is the chapter in
 * view, never one left over from an event that was skipped. Chapters stand in one column, so their tops only grow:
 * a binary search reads a handful of them, and a scroll costs the same in a story of 18 chapters or of 200.
 */
export function pickActive(count: number, top: (i: number) => number, line: number): number {
  let lo = 0;
  let hi = count - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (top(mid) <= line) lo = mid;
    else hi = mid - 1;
  }
  return Math.max(0, lo);
}

/** Where the reader's eye is: mid-screen beside a side-by-side map, mid-text below a map stacked on top. */
export function readingLine(viewportHeight: number, mapBottom: number): number {
  return mapBottom + (viewportHeight - mapBottom) / 2;
}
