// How long a reader waits for a live map, or for the element's own script, before the static maps stand in: one
// promise, kept by the map's start and by the news page's script alike. The dev server compiles each module on its
// first request, which no reader ever waits for: an author's first load there gets longer before giving up.
export const BUILT_START_WITHIN_MS = 12_000;
export const START_WITHIN_MS = import.meta.env?.DEV ? 60_000 : BUILT_START_WITHIN_MS;
