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
import { PROP } from '../../src/map/style/layer-ids';

/**
 * A tile's own coordinates across its width: two to a screen pixel of its 512 px, finer than the outlines' own
 * detail at any zoom the data holds to. A finer grid costs each vertex more bytes in every tile.
 */
const EXTENT = 1024;

export interface CutOptions {
  /** Where the stories can look: tiles are cut where any of these meets them, to the area's own zoom. */
  areas: readonly TileArea[];
  maxZoom: number;
}

const rankOf = (f: Feature) => Number(f.properties?.[PROP.rank] ?? 0);

function layerIndex(features: Feature[], maxZoom: number): GeoJSONVT {
  return new GeoJSONVT(
    // In the order they are drawn: the tile keeps it (MapLibre draws a layer's features in the tile's order), so
    // the rank itself need not travel to the reader. Stable, so one rank keeps the order it came in.
    { type: 'FeatureCollection', features: [...features].sort((a, b) => rankOf(a) - rankOf(b)) },
    {
      maxZoom,
      // Every tile is asked for once, so tiles are indexed as they are asked for rather than all up front.
      indexMaxZoom: 4,
      extent: EXTENT,
      // Wider than any line the style draws at a tile's edge (8 px of the tile's 512 on screen): lines and labels
      // near the edge are drawn whole.
      buffer: 16,
      // In the tile's own units: each zoom simplified to a screen pixel, finer as the zoom grows.
      tolerance: 2,
    },
  );
}

/** Only the features a zoom shows, without the build's own markers (the zooms it is shown at, the rank). */
function atZoom(tile: GeoJSONVTTile, z: number): GeoJSONVTTile {
  const features = tile.features.flatMap((f) => {
    const {
      [MIN_ZOOM_PROP]: from,
      [MAX_ZOOM_PROP]: to,
      [PROP.rank]: _rank,
      ...rest
    } = (f.tags ?? {}) as Record<string, unknown>;
    if (Number(from ?? 0) > z || Number(to ?? Infinity) < z) return [];
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
