// The heights an embed iframe may be given, on both sides of the message: the frame reports no less and no more, and
// embed.js sets no less and no more, whatever arrives. A frame of 0 px would vanish from the article for good (no
// content left to measure grows it back); one of a million px would push the rest of the article out of reach.
export const MIN_FRAME_HEIGHT = 120;
export const MAX_FRAME_HEIGHT = 20_000;

export function clampHeight(px: number): number {
  return Math.min(MAX_FRAME_HEIGHT, Math.max(MIN_FRAME_HEIGHT, Math.ceil(px)));
}
