// How many bytes a story's generated pictures may come to, all sizes and formats together (render-media.ts). A
// reader fetches one size in one format of the pictures they scroll to (loading="lazy"), so this bounds what the
// site stores and an offline copy carries rather than what a reader waits for: about eight photographs at the sizes
// src/story/media.ts makes (a 720 × 477 photograph came to 225 KB in its six files, so one of 1120 px to about
// 370 KB), or many more drawings (the example’s is 32.5 KB). The bench reports each story's figure against it
// (bench/media-bytes.ts); docs/decisions/0015-chapter-pictures.md has the measurements.
export const MAX_MEDIA_BYTES = 3 * 1024 * 1024;
