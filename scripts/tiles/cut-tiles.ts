// Cuts the basemap's features into Mapbox Vector Tiles at build time, with the two libraries MapLibre's own worker
// runs on a GeoJSON source (@maplibre/geojson-vt to cut and simplify per zoom, @maplibre/vt-pbf to encode): the
// reader's browser then only decodes them.
import { GeoJSONVT } from '@maplibre/geojson-vt';
import type { GeoJSONVTTile } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import type { Feature } from 'geojson';
import { tilesForAreas } from './tile-grid';
import type { TileArea } from './tile-plan';
import { MAX_ZOOM_PROP, MIN_ZOOM_PROP, type TileFeatures, type TileLayerName } from './tile-features';

const EXTENT = 4096;

export interface CutOptions {
  /** Where the stories can look: tiles are cut where any of these meets them, to the area's own zoom. */
  areas: readonly TileArea[];
  maxZoom: number;
}

function layerIndex(features: Feature[], maxZoom: number): GeoJSONVT {
  return new GeoJSONVT(
    { type: 'FeatureCollection', features },
    {
      maxZoom,
      // Every tile is asked for once, so tiles are indexed as they are asked for rather than all up front.
      indexMaxZoom: 4,
      extent: EXTENT,
      // Wider than any line the style draws at a tile's edge (a tile is 512 px wide on screen): lines and labels
      // near the edge are drawn whole.
      buffer: 64,
      // geojson-vt's default, in tile px: the simplification each zoom gets, finer as the zoom grows.
      tolerance: 3,
    },
  );
}

/** Only the features a zoom shows, without the build's own markers. */
function atZoom(tile: GeoJSONVTTile, z: number): GeoJSONVTTile {
  const features = tile.features.flatMap((f) => {
    const tags = (f.tags ?? {}) as Record<string, unknown>;
    if (!(MIN_ZOOM_PROP in tags) && !(MAX_ZOOM_PROP in tags)) return [f];
    if (Number(tags[MIN_ZOOM_PROP] ?? 0) > z || Number(tags[MAX_ZOOM_PROP] ?? Infinity) < z) return [];
    const rest = { ...tags };
    delete rest[MIN_ZOOM_PROP];
    delete rest[MAX_ZOOM_PROP];
    return [{ ...f, tags: rest }];
  });
  return { ...tile, features } as GeoJSONVTTile;
}

/** `z/x/y` → the tile's bytes (uncompressed; the host's gzip applies), every tile any box meets. */
export function cutTiles(layers: TileFeatures, { areas, maxZoom }: CutOptions): Map<string, Uint8Array> {
  const names = Object.keys(layers) as TileLayerName[];
  const indexes = names.map((name) => [name, layerIndex(layers[name], maxZoom)] as const);
  const tiles = new Map<string, Uint8Array>();
  for (const { z, x, y } of tilesForAreas(areas)) {
    const content: Record<string, GeoJSONVTTile> = {};
    for (const [name, index] of indexes) {
      const tile = index.getTile(z, x, y);
      if (!tile) continue;
      const shown = atZoom(tile, z);
      // A layer with nothing to draw at this zoom is not sent: it would be bytes in every tile for nothing.
      if (shown.features.length > 0) content[name] = shown;
    }
    tiles.set(`${z}/${x}/${y}`, fromGeojsonVt(content, { version: 2, extent: EXTENT }));
  }
  return tiles;
}
