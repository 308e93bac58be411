// The tiles' index, a TileJSON (github.com/mapbox/tilejson-spec): what the tiles hold, for a person or a tool. The
// map does not read it; its built URL is what tells the map where the tiles are.
import { TILE_LAYER, TILE_MAX_ZOOM } from '../../src/geo/tiles';

/** Relative to the repository root; the tiles are served from the folder beside it (TILES_FOLDER). */
export const TILE_INDEX_FILE = 'geodata/build/tiles.json';

export function tileIndex(): string {
  const index = {
    tilejson: '3.0.0',
    tiles: ['tiles/{z}/{x}/{y}.pbf'],
    minzoom: 0,
    maxzoom: TILE_MAX_ZOOM,
    vector_layers: Object.values(TILE_LAYER).map((id) => ({ id, fields: {} })),
  };
  return JSON.stringify(index, null, 2) + '\n';
}
