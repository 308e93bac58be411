// How long a reader waits for a live map, or for the element's own script, before the static maps stand in: one
// promise, kept by the map's start and by the news page's script alike.
export const START_WITHIN_MS = 12_000;
