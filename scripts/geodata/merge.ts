// Unions polygons that share an edge only to within rounding, as the pieces cut by an earlier boolean do.
import { featureCollection, union } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';

type Area = Feature<Polygon | MultiPolygon>;

// A piece cut off along a county's edge has a corner where the cut crossed that edge: on the edge to within
// rounding, but not one of its vertices. The union then sees two edges that almost coincide, keeps both and
// leaves the county in two parts with a seam between them. Putting that corner into the county's edge as well
// makes the two edges identical, which the union does merge. 1e-9 degrees is about 0.1 mm.
const ON_EDGE = 1e-9;

function between(p: Position, a: Position, b: Position): number | null {
  const [px, py] = p as [number, number];
  const [ax, ay] = a as [number, number];
  const [bx, by] = b as [number, number];
  if (px < Math.min(ax, bx) - ON_EDGE || px > Math.max(ax, bx) + ON_EDGE) return null;
  if (py < Math.min(ay, by) - ON_EDGE || py > Math.max(ay, by) + ON_EDGE) return null;
  const [dx, dy] = [bx - ax, by - ay];
  const len = Math.hypot(dx, dy);
  if (len === 0 || Math.abs(dx * (py - ay) - dy * (px - ax)) / len > ON_EDGE) return null;
  const t = ((px - ax) * dx + (py - ay) * dy) / (len * len);
  const atEnd = Math.hypot(px - ax, py - ay) <= ON_EDGE || Math.hypot(px - bx, py - by) <= ON_EDGE;
  return t > 0 && t < 1 && !atEnd ? t : null;
}

function withCorners(ring: Position[], corners: Position[]): Position[] {
  const out: Position[] = [ring[0]!];
  for (let i = 1; i < ring.length; i++) {
    const [a, b] = [ring[i - 1]!, ring[i]!];
    const on = corners
      .map((p) => [between(p, a, b), p] as const)
      .filter((e): e is readonly [number, Position] => e[0] !== null)
      .sort((x, y) => x[0] - y[0]);
    out.push(...on.map(([, p]) => p), b);
  }
  return out;
}

function polygons(a: Area): Position[][][] {
  return a.geometry.type === 'Polygon' ? [a.geometry.coordinates] : a.geometry.coordinates;
}

function withAllCorners(a: Area, corners: Position[]): Area {
  const coordinates = polygons(a).map((p) => p.map((ring) => withCorners(ring, corners)));
  return { ...a, geometry: { type: 'MultiPolygon', coordinates } };
}

const vertices = (a: Area) => polygons(a).flat(2);

/** `base` with `parts` added, merged along the edges they share; `base`'s properties are kept. */
export function mergeTouching(base: Area, parts: Area[]): Area {
  if (parts.length === 0) return base;
  const partCorners = parts.flatMap(vertices);
  // A piece may also run along its own edge (two lobes joined by a corridor of no width along the county's
  // edge), so pieces take each other's corners and their own too.
  const allCorners = [...vertices(base), ...partCorners];
  const all = [withAllCorners(base, partCorners), ...parts.map((p) => withAllCorners(p, allCorners))];
  return { ...base, geometry: union(featureCollection(all))!.geometry };
}
