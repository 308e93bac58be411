/**
 * The active chapter is the last one whose top has passed the reading line. Computed from positions rather than
 * from enter/leave events, so however fast the reader scrolls, the answer once scrolling stops is the chapter in
 * view, never one left over from an event that was skipped.
 */
export function pickActive(tops: readonly number[], line: number): number {
  let active = 0;
  for (let i = 0; i < tops.length; i++) if (tops[i]! <= line) active = i;
  return active;
}

/** Where the reader's eye is: mid-screen beside a side-by-side map, mid-text below a map stacked on top. */
export function readingLine(viewportHeight: number, mapBottom: number): number {
  return mapBottom + (viewportHeight - mapBottom) / 2;
}

/**
 * How far the reading line has gone through the active chapter, 0 at its top and 1 at the next chapter's top (or,
 * for the last chapter, at its own bottom): what a view that follows the reader within a chapter would read.
 */
export function readingProgress(
  tops: readonly number[],
  bottom: number,
  active: number,
  line: number,
): number {
  const top = tops[active];
  if (top === undefined) return 0;
  const end = tops[active + 1] ?? bottom;
  if (end <= top) return 1;
  return Math.min(1, Math.max(0, (line - top) / (end - top)));
}
