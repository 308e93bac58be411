/**
 * How far the reader has read through a chapter: 0 while its top is at or below the reading line, 1 once its end has
 * passed it, and in between the share of its height above the line. A chapter of no height is read once reached.
 */
export function chapterProgress(top: number, bottom: number, line: number): number {
  if (bottom <= top) return line >= top ? 1 : 0;
  return Math.min(1, Math.max(0, (line - top) / (bottom - top)));
}
