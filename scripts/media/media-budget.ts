// How many bytes a story's generated pictures may come to, all sizes and formats together (render-media.ts). A
// reader fetches one size in one format of the pictures they scroll to (loading="lazy"), so this bounds what the
// site stores and an offline copy carries rather than what a reader waits for: about a dozen photographs at the
// sizes src/story/media.ts makes (80–120 KB each, all six files), or many more drawings. The bench reports each
// story's figure against it (bench/media-bytes.ts).
export const MAX_MEDIA_BYTES = 1536 * 1024;
