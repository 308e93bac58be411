// "Is this point within d metres of any of these lines?", for tens of thousands of points along the coast, so with
// a grid of the segments rather than a scan of all of them for each point.
import type { Position } from 'geojson';

type Pt = [number, number];

// Planar metres about the region's middle latitude (29.85 N): good to a fraction of a per cent over the region.
const M_LON = 111_320 * Math.cos((29.85 * Math.PI) / 180);
const M_LAT = 110_574;
const CELL_M = 1000;

export const toMetres = ([lon, lat]: Position): Pt => [lon! * M_LON, lat! * M_LAT];
export const toDegrees = ([x, y]: Pt): Pt => [x / M_LON, y / M_LAT];

function distance([px, py]: Pt, [ax, ay]: Pt, [bx, by]: Pt): number {
  const [dx, dy] = [bx - ax, by - ay];
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
}

export class NearLines {
  private cells = new Map<string, [Pt, Pt][]>();

  constructor(lines: Position[][]) {
    for (const line of lines)
      for (let i = 1; i < line.length; i++) {
        const [a, b] = [toMetres(line[i - 1]!), toMetres(line[i]!)];
        for (
          let x = Math.floor(Math.min(a[0], b[0]) / CELL_M);
          x <= Math.floor(Math.max(a[0], b[0]) / CELL_M);
          x++
        )
          for (
            let y = Math.floor(Math.min(a[1], b[1]) / CELL_M);
            y <= Math.floor(Math.max(a[1], b[1]) / CELL_M);
            y++
          ) {
            const key = `${x},${y}`;
            if (!this.cells.has(key)) this.cells.set(key, []);
            this.cells.get(key)!.push([a, b]);
          }
      }
  }

  /** Whether `p` (metres) is within `d` metres (at most one cell, 1 km) of a line. */
  near(p: Pt, d: number): boolean {
    const [cx, cy] = [Math.floor(p[0] / CELL_M), Math.floor(p[1] / CELL_M)];
    for (let x = cx - 1; x <= cx + 1; x++)
      for (let y = cy - 1; y <= cy + 1; y++)
        if ((this.cells.get(`${x},${y}`) ?? []).some(([a, b]) => distance(p, a, b) <= d)) return true;
    return false;
  }
}

/** Points every `step` metres along each ring or line (in metres). */
export function samplesAlong(lines: Position[][], step: number): Pt[] {
  const out: Pt[] = [];
  for (const line of lines) {
    const pts = line.map(toMetres);
    for (let i = 1; i < pts.length; i++) {
      const [a, b] = [pts[i - 1]!, pts[i]!];
      const n = Math.max(1, Math.ceil(Math.hypot(b[0] - a[0], b[1] - a[1]) / step));
      for (let k = 0; k < n; k++) out.push([a[0] + ((b[0] - a[0]) * k) / n, a[1] + ((b[1] - a[1]) * k) / n]);
    }
  }
  return out;
}
