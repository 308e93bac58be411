// The basemap's vector tiles: cut at build time (scripts/tiles/), read by MapLibre's own `vector` source.

/**
 * The deepest zoom tiles are cut for. China's county outlines have vertices 0.5–3 km apart (geodata/PROVENANCE.md),
 * so a deeper tile would add files and no detail: MapLibre overzooms these tiles to the chapter's zoom.
 */
export const TILE_MAX_ZOOM = 10;

/** The layers inside each tile, one per kind of thing the style draws from them. */
export const TILE_LAYER = {
  ground: 'ground',
  lines: 'lines',
  districtLabels: 'district_labels',
  cityLabel: 'city_label',
} as const;

/** Where the tiles are, under the folder of the site's tile index (its URL is the build's asset URL). */
export const TILES_FOLDER = 'tiles/';

/**
 * The tiles' URL template, absolute: MapLibre does not resolve a relative `tiles` URL of a vector source against
 * the page (maplibre-gl-js#6818). Concatenated, not built with `new URL`, which would percent-encode the braces.
 */
export function tilesTemplate(indexUrl: string): string {
  return new URL(TILES_FOLDER, indexUrl).href + '{z}/{x}/{y}.pbf';
}
