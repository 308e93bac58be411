// Which county a piece of land that no county holds belongs to: the one it shares the longest border with.
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';

type Area = Feature<Polygon | MultiPolygon>;
type Pt = [number, number];

// Planar metres about the region's middle latitude: over 200 km the error is a fraction of a per cent, and only
// "within a metre of a border" is asked of it.
const LAT0 = 29.85;
const M_LAT = 110_574;
const M_LON = 111_320 * Math.cos((LAT0 * Math.PI) / 180);
const toM = ([lon, lat]: Position): Pt => [lon! * M_LON, lat! * M_LAT];

// Pieces are cut out along the counties' own edges by the polygon booleans, so a shared edge lies on the
// county's edge to within rounding; a metre leaves room for that and still tells a border from a coast.
const ON_BORDER_M = 1;

function ringsOf(a: Area): Position[][] {
  return a.geometry.type === 'Polygon' ? a.geometry.coordinates : a.geometry.coordinates.flat();
}

function segmentDistance([px, py]: Pt, [ax, ay]: Pt, [bx, by]: Pt): number {
  const [dx, dy] = [bx - ax, by - ay];
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
}

interface Outline {
  segments: [Pt, Pt][];
  box: [number, number, number, number];
}

function outlineOf(a: Area): Outline {
  const segments: [Pt, Pt][] = [];
  const box: Outline['box'] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const ring of ringsOf(a)) {
    const pts = ring.map(toM);
    pts.forEach(([x, y], i) => {
      box[0] = Math.min(box[0], x);
      box[1] = Math.min(box[1], y);
      box[2] = Math.max(box[2], x);
      box[3] = Math.max(box[3], y);
      if (i > 0) segments.push([pts[i - 1]!, [x, y]]);
    });
  }
  return { segments, box };
}

function onOutline(p: Pt, o: Outline): boolean {
  const [x, y] = p;
  const [w, s, e, n] = o.box;
  if (x < w - ON_BORDER_M || x > e + ON_BORDER_M || y < s - ON_BORDER_M || y > n + ON_BORDER_M) return false;
  return o.segments.some(([a, b]) => segmentDistance(p, a, b) <= ON_BORDER_M);
}

/**
 * A function giving, for a piece of land, the index in `units` of the one whose edge runs along the greatest
 * length of the piece's edge (the first on a tie), or -1 when it touches none, as an island no unit holds.
 */
export function borderOwner(units: Area[]): (piece: Area) => number {
  const outlines = units.map(outlineOf);
  return (piece) => {
    const shared = new Array<number>(units.length).fill(0);
    for (const ring of ringsOf(piece)) {
      const pts = ring.map(toM);
      for (let i = 1; i < pts.length; i++) {
        const [a, b] = [pts[i - 1]!, pts[i]!];
        // The middle of an edge lies on a unit's edge only if the whole edge runs along it (edges are straight).
        const mid: Pt = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
        const owner = outlines.findIndex((o) => onOutline(mid, o));
        if (owner >= 0) shared[owner]! += Math.hypot(b[0] - a[0], b[1] - a[1]);
      }
    }
    const best = Math.max(...shared);
    return best > 0 ? shared.indexOf(best) : -1;
  };
}
