// The basemap's tiles, fetched with a deadline: MapLibre waits for a tile request as long as it stays open, and
// the map comes to rest (its `idle`) only once every tile of the view has answered, so one tile a server never
// answers would keep the map loading for ever. Past the deadline the tile counts as failed: MapLibre reports it
// and draws the rest.
import type { MapLibre } from './live-map';

const PROTOCOL = 'storymap-tiles';
const PREFIX = `${PROTOCOL}://`;

/**
 * How long a tile may take, from its request. Tiles are small static files of the story's own site; one that takes
 * this long is not coming, and the map's start has its own deadline (start-within.ts) to keep within. The dev
 * server cuts the site's tiles when the first is asked for, after each change to the stories: it gets longer.
 */
const TILE_WITHIN_MS = import.meta.env?.DEV ? 60_000 : 8_000;

/** The tiles' URL template as MapLibre asks for it: through our protocol, the absolute URL kept whole after it. */
export const throughDeadline = (template: string) => PREFIX + template;

const registered = new WeakSet<MapLibre>();

/** Registers the protocol with `lib`, once. */
export function fetchTilesWithDeadline(lib: MapLibre): void {
  if (registered.has(lib)) return;
  registered.add(lib);
  lib.addProtocol(PROTOCOL, async ({ url }, abort) => {
    const signal = AbortSignal.any([abort.signal, AbortSignal.timeout(TILE_WITHIN_MS)]);
    const res = await fetch(url.slice(PREFIX.length), { signal });
    if (!res.ok) throw new Error(`tile: ${res.status} ${res.statusText} for ${new URL(res.url).pathname}`);
    return { data: await res.arrayBuffer() };
  });
}
