// The basemap's layers as the features of each tile layer, marked with what the style reads: their kind within the
// layer and their drawing order. One tile layer draws several of ours (basemap-layers.ts says why).
import { bbox, bboxPolygon } from '@turf/turf';
import type { Feature } from 'geojson';
import type { BasemapLayers } from '../../src/geo/topology';
import { TILE_LAYER } from '../../src/geo/tiles';
import { PROP } from '../../src/map/style/layer-ids';
import type { LonLatBox } from '../../src/map/view/story-region';

/** A build-only property: the least zoom whose tiles carry the feature (cut-tiles.ts strips it). */
export const MIN_ZOOM_PROP = '$minzoom';
/** A build-only property: the deepest zoom whose tiles carry the feature (cut-tiles.ts strips it). */
export const MAX_ZOOM_PROP = '$maxzoom';

export type TileLayerName = (typeof TILE_LAYER)[keyof typeof TILE_LAYER];
export type TileFeatures = Record<TileLayerName, Feature[]>;

type Props = Record<string, unknown>;

/**
 * Only the properties the style reads of a feature: anything else would be bytes in every tile for nothing. Names
 * only on labels; the highlight's key and the emphasis only on the ground.
 */
function kept(p: Props | null, read: (key: string) => boolean): Props {
  const out: Props = {};
  for (const [k, v] of Object.entries(p ?? {}))
    if (k === MIN_ZOOM_PROP || k === MAX_ZOOM_PROP || read(k)) out[k] = v;
  return out;
}
const onGround = (k: string) => k === PROP.adcode || k === PROP.focus;
const onLines = () => false;
const onLabels = (k: string) => k === PROP.adcode || k === PROP.focus || k.startsWith('name_');

/**
 * Features of several kinds, ranked in the order given. A kind given its own rank (the world's, between two of
 * the others) leaves the others' ranks as they were: a story that does not show it gets the same tiles.
 */
function drawn(
  read: (key: string) => boolean,
  ...parts: [kind: string, features: Feature[], rank?: number][]
): Feature[] {
  let next = 0;
  return parts.flatMap(([kind, features, own]) => {
    const rank = own ?? next++;
    return features.map((f) => ({
      type: 'Feature' as const,
      geometry: f.geometry,
      properties: { ...kept(f.properties, read), [PROP.kind]: kind, [PROP.rank]: rank },
    }));
  });
}

/** Ids of counties that are not districts: the `code` of the city's neighbours, kept as the highlight's key. */
function asAdcode(f: Feature): Feature {
  const p = (f.properties ?? {}) as Props;
  return p.adcode || typeof p.code !== 'string' ? f : { ...f, properties: { ...p, adcode: p.code } };
}

/**
 * The deepest zoom the world's sea, land and coasts are drawn at. A view closer in shows only the story's data box
 * (tile-plan.ts), where the data's own land and sea are finer; only the borders and names of countries go deeper.
 * So the tiles of a story in China that are shared with one of the world carry no more at the zooms it looks at.
 */
export const WORLD_MAX_ZOOM = 5;

/** The world as Web Mercator shows it: the sea of a map that draws the countries, where its data is. */
export const WORLD_BOX: LonLatBox = [-180, -85.0511, 180, 85.0511];

/**
 * The sea under the land: the data's box, of which the land leaves the sea uncovered. The map's background is land,
 * so that beyond the data's box a map shows plain ground rather than a box of land at sea; a map that draws the
 * world's countries has the sea wherever they are not, to the zooms it draws them at.
 */
export function seaOf(layers: BasemapLayers): Feature[] {
  const world = layers.world
    ? [bboxPolygon(WORLD_BOX, { properties: { [MAX_ZOOM_PROP]: WORLD_MAX_ZOOM } })]
    : [];
  return layers.land.features.length === 0 ? world : [...world, bboxPolygon(bbox(layers.land))];
}

/** The world's features drawn only to WORLD_MAX_ZOOM (its sea, its countries' land and coasts). */
export const worldOnly = (features: Feature[] = []): Feature[] =>
  features.map((f) => ({ ...f, properties: { ...f.properties, [MAX_ZOOM_PROP]: WORLD_MAX_ZOOM } }));

export function tileFeatures(layers: BasemapLayers): TileFeatures {
  const counties = layers.counties.features.map(asAdcode);
  return {
    [TILE_LAYER.ground]: drawn(
      onGround,
      ['sea', seaOf(layers)],
      // Under the data's land and counties, which are finer wherever both are drawn.
      ['country', worldOnly(layers.world?.countries.features), 0.5],
      ['land', layers.land.features],
      ['county', counties],
      ['district', layers.districts.features],
    ),
    // The coast runs over the counties' seaward edges (the same line, drawn once in its own colour) and under the
    // city's outline, which keeps the city's shape whole where its edge is the coast.
    [TILE_LAYER.lines]: drawn(
      onLines,
      ['county', counties],
      ['province', layers.provinces?.features ?? []],
      ['border', layers.world?.borders.features ?? [], 1.5],
      ['coast', layers.coastline.features],
      ['coast', worldOnly(layers.world?.coast.features), 2],
      ['river', layers.rivers.features],
      ['outline', layers.outline.features],
    ),
    [TILE_LAYER.districtLabels]: [
      ...(layers.world?.labels.features ?? []),
      ...layers.districtLabels.features,
    ].map((f) => ({ ...f, properties: kept(f.properties, onLabels) })),
    [TILE_LAYER.cityLabel]: layers.cityLabel.features.map((f) => ({
      ...f,
      properties: kept(f.properties, onLabels),
    })),
  };
}
