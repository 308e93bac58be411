// Which edges of China's outline are coast and which are land borders, told apart by OpenStreetMap's sea: a place
// just off the coast is on the map (an island the outlines leave out, a port, a bridge), one just across a land
// border is not. Run by copy-china.ts, by hand.
import { readFileSync } from 'node:fs';
import type { Geometry, Position } from 'geojson';
import type { Topology } from 'topojson-specification';
import { SEA_FILE } from './sea';

/**
 * How near the OSM coastline a vertex of the outline must be to count as coast: the outlines lie a median
 * 56–177 m from it, but with vertices 1.8 km apart they cut across small bays and inlets.
 */
const COAST_TOLERANCE_M = 2000;
/** An arc is coast when at least this share of its vertices is. */
const COAST_SHARE = 0.5;
const CELL = 0.1;
const M_PER_DEG = 111_195;

/** The arcs only one county uses (the country's outline), decoded from the quantized topology. */
function outlineArcs(topo: Topology, object: string): Map<number, Position[]> {
  const uses = new Map<number, number>();
  const count = (a: unknown): void => {
    if (typeof a === 'number') uses.set(a < 0 ? ~a : a, (uses.get(a < 0 ? ~a : a) ?? 0) + 1);
    else if (Array.isArray(a)) a.forEach(count);
  };
  const collection = topo.objects[object] as { geometries: { arcs?: unknown }[] };
  for (const g of collection.geometries) count(g.arcs);
  const { scale, translate } = topo.transform!;
  const out = new Map<number, Position[]>();
  for (const [i, n] of uses) {
    if (n !== 1) continue;
    let [x, y] = [0, 0];
    out.set(
      i,
      topo.arcs[i]!.map(([dx, dy]) => {
        [x, y] = [x + dx!, y + dy!];
        return [x * scale[0] + translate[0], y * scale[1] + translate[1]];
      }),
    );
  }
  return out;
}

function rings(g: Geometry): Position[][] {
  if (g.type === 'Polygon') return g.coordinates;
  if (g.type === 'MultiPolygon') return g.coordinates.flat();
  if (g.type === 'GeometryCollection') return g.geometries.flatMap(rings);
  return [];
}

/** The indices of the outline's arcs that run along the sea, sorted. */
export function coastArcs(topo: Topology, object: string): number[] {
  const arcs = outlineArcs(topo, object);
  const [west, south, east, north] = topo.bbox!.map((v, i) => v + (i < 2 ? -1 : 1));
  // The OSM coastline is the edges of the world sea polygon's rings, filed by cells near China.
  const cells = new Map<number, number[]>();
  const edges: number[] = [];
  const cols = Math.ceil((east! - west!) / CELL);
  const col = (x: number) => Math.floor((x - west!) / CELL);
  const row = (y: number) => Math.floor((y - south!) / CELL);
  const world = JSON.parse(readFileSync(SEA_FILE, 'utf8')) as Geometry;
  for (const ring of rings(world))
    for (let i = 1; i < ring.length; i++) {
      const [x1, y1] = ring[i - 1] as [number, number];
      const [x2, y2] = ring[i] as [number, number];
      if (Math.max(x1, x2) < west! || Math.min(x1, x2) > east!) continue;
      if (Math.max(y1, y2) < south! || Math.min(y1, y2) > north!) continue;
      const e = edges.push(x1, y1, x2, y2) - 4;
      for (let r = row(Math.min(y1, y2)); r <= row(Math.max(y1, y2)); r++)
        for (let c = col(Math.min(x1, x2)); c <= col(Math.max(x1, x2)); c++) {
          const list = cells.get(r * cols + c);
          if (list) list.push(e);
          else cells.set(r * cols + c, [e]);
        }
    }
  const nearCoast = ([lon, lat]: Position): boolean => {
    const kx = Math.cos((lat! * Math.PI) / 180) * M_PER_DEG;
    for (let dy = -1; dy <= 1; dy++)
      for (let dx = -1; dx <= 1; dx++)
        for (const e of cells.get((row(lat!) + dy) * cols + col(lon!) + dx) ?? []) {
          const ax = (edges[e]! - lon!) * kx;
          const ay = (edges[e + 1]! - lat!) * M_PER_DEG;
          const [ux, uy] = [(edges[e + 2]! - lon!) * kx - ax, (edges[e + 3]! - lat!) * M_PER_DEG - ay];
          const l2 = ux * ux + uy * uy;
          const t = l2 === 0 ? 0 : Math.min(1, Math.max(0, -(ax * ux + ay * uy) / l2));
          if (Math.hypot(ax + t * ux, ay + t * uy) <= COAST_TOLERANCE_M) return true;
        }
    return false;
  };
  return [...arcs]
    .filter(([, line]) => line.filter(nearCoast).length >= COAST_SHARE * line.length)
    .map(([i]) => i)
    .sort((a, b) => a - b);
}
