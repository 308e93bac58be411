// Which tiles of the web's tile grid a box of lon/lat meets, zoom by zoom.
import type { LonLatBox } from '../../src/map/view/story-region';
import { mercX, mercY } from '../../src/map/view/mercator';

export interface TileId {
  z: number;
  x: number;
  y: number;
}

/** The tiles at zoom `z` that `box` meets (a box along a tile's edge meets the tiles on both sides of it). */
export function tilesMeeting([west, south, east, north]: LonLatBox, z: number): TileId[] {
  const n = 2 ** z;
  const col = (lon: number) => Math.min(n - 1, Math.max(0, Math.floor(mercX(lon) * n)));
  const row = (lat: number) => Math.min(n - 1, Math.max(0, Math.floor(mercY(lat) * n)));
  const tiles: TileId[] = [];
  for (let y = row(north); y <= row(south); y++)
    for (let x = col(west); x <= col(east); x++) tiles.push({ z, x, y });
  return tiles;
}

/** Every tile any area needs, from zoom 0 to the area's own deepest, each once, in zoom order. */
export function tilesForAreas(areas: readonly { box: LonLatBox; maxZoom: number }[]): TileId[] {
  const seen = new Set<string>();
  const out: TileId[] = [];
  const deepest = Math.max(0, ...areas.map((a) => a.maxZoom));
  for (let z = 0; z <= deepest; z++)
    for (const area of areas) {
      if (area.maxZoom < z) continue;
      for (const t of tilesMeeting(area.box, z)) {
        const key = `${t.z}/${t.x}/${t.y}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push(t);
      }
    }
  return out;
}
