// Removes what polygon booleans leave behind at the scale of rounding: spikes (an edge that runs out and straight
// back) and rings with next to no area. The map would draw each as a stray line, as strokes outline every ring.
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';

type Area = Feature<Polygon | MultiPolygon>;

const LAT0 = 29.85;
const M_LAT = 110_574;
const M_LON = 111_320 * Math.cos((LAT0 * Math.PI) / 180);

// About one cell of the topology's grid (22 m x 21 m): a ring smaller than that is quantized to a line or a
// point, and a real island that small could not be seen at the deepest zoom (1 px is 66 m at zoom 11).
const MIN_RING_M2 = 500;

function ringArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 1; i < ring.length; i++) {
    const [ax, ay] = ring[i - 1] as [number, number];
    const [bx, by] = ring[i] as [number, number];
    sum += ax * M_LON * (by * M_LAT) - bx * M_LON * (ay * M_LAT);
  }
  return Math.abs(sum / 2);
}

// A vertex is a spike's tip (or a repeat) when the path turns straight back there: the nearer of its neighbours
// lies on the line to the other, within 1e-9 degrees (0.1 mm), and on the same side of it.
function isSpike(a: Position, b: Position, c: Position): boolean {
  const [ux, uy] = [a[0]! - b[0]!, a[1]! - b[1]!];
  const [vx, vy] = [c[0]! - b[0]!, c[1]! - b[1]!];
  const longest = Math.max(Math.hypot(ux, uy), Math.hypot(vx, vy));
  if (longest === 0 || Math.min(Math.hypot(ux, uy), Math.hypot(vx, vy)) === 0) return true;
  return Math.abs(ux * vy - uy * vx) / longest <= 1e-9 && ux * vx + uy * vy > 0;
}

function despike(ring: Position[]): Position[] {
  const pts = ring.slice(0, -1);
  let changed = true;
  while (changed && pts.length >= 3) {
    changed = false;
    for (let i = 0; i < pts.length && pts.length >= 3; i++) {
      const [a, b, c] = [pts[(i + pts.length - 1) % pts.length]!, pts[i]!, pts[(i + 1) % pts.length]!];
      if (isSpike(a, b, c)) {
        pts.splice(i, 1);
        changed = true;
      }
    }
  }
  return pts.length >= 3 ? [...pts, pts[0]!] : [];
}

/** `a` without spikes and without rings under MIN_RING_M2 (a polygon whose outer ring goes loses its holes). */
export function tidy<F extends Area>(a: F): F {
  const polygons = a.geometry.type === 'Polygon' ? [a.geometry.coordinates] : a.geometry.coordinates;
  const kept = polygons.flatMap(([outer, ...holes]) => {
    const shell = despike(outer!);
    if (shell.length < 4 || ringArea(shell) < MIN_RING_M2) return [];
    const inner = holes.map(despike).filter((h) => h.length >= 4 && ringArea(h) >= MIN_RING_M2);
    return [[shell, ...inner]];
  });
  return { ...a, geometry: { type: 'MultiPolygon', coordinates: kept } };
}
