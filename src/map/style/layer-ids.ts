// The names the map is built from, in one place: its layers, its sources, the feature properties its expressions
// read and the feature states it sets. A misspelt name in a MapLibre expression is no error, only an empty map:
// typed here, a misspelling fails the type check instead.

/** Every layer of the basemap, bottom to top of the style. */
export const LAYER = {
  sea: 'sea',
  ground: 'ground',
  districtLines: 'district-lines',
  lines: 'lines',
  areasFill: 'areas-fill',
  areasLine: 'areas-line',
  districtLabels: 'district-labels',
  cityLabel: 'city-label',
  markerBlockers: 'marker-blockers',
} as const;

/** The geometry kinds a story's own layer is drawn with, one MapLibre layer each (author-layers.ts). */
const AUTHOR_KINDS = ['fill', 'line', 'circle'] as const;
export type AuthorLayerId = `author-${string}-${(typeof AUTHOR_KINDS)[number]}`;

/** The MapLibre layers that may draw the story's own layer `id`: which of them exist depends on its geometry. */
export function authorLayerIds(id: string): AuthorLayerId[] {
  return AUTHOR_KINDS.map((kind) => `author-${id}-${kind}` as const);
}

/** The sources: the basemap's tiles (their layers are TILE_LAYER, src/geo/tiles.ts) and the story's places. */
export const SOURCE = {
  basemap: 'basemap',
  areas: 'areas',
  markers: 'markers',
} as const;
export type SourceId = (typeof SOURCE)[keyof typeof SOURCE];

/** Feature properties the style reads: the geodata's (scripts/geodata, scripts/tiles) and the places'. */
export const PROP = {
  /** A basemap feature's kind and drawing order within its tile layer. */
  kind: 'kind',
  rank: 'rank',
  /** A district's code, the key of its feature state. */
  adcode: 'adcode',
  /** A district of the story's city, drawn and named a little stronger. */
  focus: 'focus',
  /** A story place's id (marker stand-ins, uncertainty areas). */
  id: 'id',
  approximate: 'approximate',
} as const;

/** Feature states: boolean flags set by the map bridge, read by paint expressions. */
export const STATE = {
  /** A district the chapter emphasises (source basemap, tile layer ground, keyed by adcode). */
  highlight: 'highlight',
  /** A label the view would cut (the tiles' label layers, fit-labels.ts). */
  unfit: 'unfit',
} as const;

/** The story's own layer that a MapLibre layer draws, or null for a layer of the basemap. */
export function authorLayerOf(layer: string): string | null {
  const kind = AUTHOR_KINDS.find((k) => layer.endsWith(`-${k}`));
  return layer.startsWith('author-') && kind ? layer.slice('author-'.length, -kind.length - 1) : null;
}
