// The sea, cut out of a world polygon (npm @geo-maps/earth-seas-10m, from OpenStreetMap's coastline) to our box.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { bboxClip, polygon } from '@turf/turf';
import type { Feature, Geometry, MultiPolygon, Position } from 'geojson';
import { REGION } from '../../src/geo/region';

export type Box = [west: number, south: number, east: number, north: number];

export const REGION_BOX: Box = [REGION.west, REGION.south, REGION.east, REGION.north];

const SEA_IN_PACKAGE = '@geo-maps/earth-seas-10m/map.geo.json';

// Where Node would load it from; if it is not installed, where it would be, so that the error names that path.
function locateSea(): string {
  try {
    return createRequire(import.meta.url).resolve(SEA_IN_PACKAGE);
  } catch {
    return fileURLToPath(new URL(`../../node_modules/${SEA_IN_PACKAGE}`, import.meta.url));
  }
}

/** The world sea polygon as the devDependency installs it (node_modules, never the network). */
export const SEA_FILE = locateSea();

function meetsBox(ring: Position[], [w, s, e, n]: Box): boolean {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of ring) {
    if (x! < minX) minX = x!;
    if (x! > maxX) maxX = x!;
    if (y! < minY) minY = y!;
    if (y! > maxY) maxY = y!;
  }
  return maxX >= w && minX <= e && maxY >= s && minY <= n;
}

// Sutherland-Hodgman on one ring: linear in its length, so the world's 61,000 rings (240,000 points in the one
// around the continents) are cut in a fraction of a second, and only the few near the box reach the polygon
// booleans, whose sweep over the whole world would be far slower.
function clipRing(ring: Position[], box: Box): Position[] | null {
  if (!meetsBox(ring, box)) return null;
  const clipped = bboxClip(polygon([ring]), box).geometry;
  // A single ring clips to a single ring (Sutherland-Hodgman), so the result is always a Polygon here.
  const [first] = clipped.coordinates as Position[][];
  return first && first.length >= 4 ? first : null;
}

function polygonsOf(g: Geometry): Position[][][] {
  if (g.type === 'Polygon') return [g.coordinates];
  if (g.type === 'MultiPolygon') return g.coordinates;
  if (g.type === 'GeometryCollection') return g.geometries.flatMap(polygonsOf);
  return [];
}

/**
 * The part of `world` (polygons, or a GeometryCollection of them) inside `box`, ring by ring. A clipped ring may
 * run along the box's edge where the polygon left and re-entered it: the polygon booleans that follow resolve that.
 */
export function clipToBox(world: Geometry, box: Box): Feature<MultiPolygon> {
  const polygons = polygonsOf(world).flatMap(([outer, ...holes]) => {
    const shell = outer && clipRing(outer, box);
    if (!shell) return [];
    const islands = holes.map((h) => clipRing(h, box)).filter((h): h is Position[] => h !== null);
    return [[shell, ...islands]];
  });
  return { type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: polygons } };
}
