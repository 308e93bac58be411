// Where a polygon crosses itself, if it does: the checker refuses such a shape and names one place to look. Turf's
// `kinks` compares every segment with every other and collects every crossing, which on a layer file within the
// budget that crosses itself everywhere took seconds and gigabytes to report the first. Here the segments are swept
// from west to east, each compared only with those whose east–west extent it overlaps, and the search ends at the
// first crossing found.
import type { Position } from 'geojson';

interface Segment {
  ring: number;
  index: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  west: number;
  east: number;
  south: number;
  north: number;
}

/** Where segments `a` and `b` meet (their ends included), or null: parallel segments are not counted as meeting. */
function meet(a: Segment, b: Segment): Position | null {
  const dxa = a.x1 - a.x0;
  const dya = a.y1 - a.y0;
  const dxb = b.x1 - b.x0;
  const dyb = b.y1 - b.y0;
  const denominator = dyb * dxa - dxb * dya;
  if (denominator === 0) return null;
  const ex = a.x0 - b.x0;
  const ey = a.y0 - b.y0;
  const alongA = (dxb * ey - dyb * ex) / denominator;
  const alongB = (dxa * ey - dya * ex) / denominator;
  if (alongA < 0 || alongA > 1 || alongB < 0 || alongB > 1) return null;
  return [a.x0 + alongA * dxa, a.y0 + alongA * dya];
}

/** Segments of one ring that share a vertex by construction: neighbours, and a closed ring's first and last. */
function neighbours(a: Segment, b: Segment, rings: Position[][]): boolean {
  if (a.ring !== b.ring) return false;
  const gap = Math.abs(a.index - b.index);
  if (gap === 1) return true;
  const ring = rings[a.ring]!;
  const last = ring.length - 2;
  const closed = ring[0]![0] === ring[last + 1]![0] && ring[0]![1] === ring[last + 1]![1];
  return closed && gap === last;
}

/** A point where the rings of one polygon cross themselves or each other, or null when none does. */
export function firstCrossing(rings: Position[][]): Position | null {
  const segments: Segment[] = [];
  rings.forEach((ring, r) => {
    for (let i = 0; i + 1 < ring.length; i++) {
      const [x0, y0] = ring[i] as [number, number];
      const [x1, y1] = ring[i + 1] as [number, number];
      segments.push({
        ring: r,
        index: i,
        x0,
        y0,
        x1,
        y1,
        west: Math.min(x0, x1),
        east: Math.max(x0, x1),
        south: Math.min(y0, y1),
        north: Math.max(y0, y1),
      });
    }
  });
  segments.sort((a, b) => a.west - b.west);
  let active: Segment[] = [];
  for (const s of segments) {
    active = active.filter((a) => a.east >= s.west);
    for (const a of active) {
      if (a.north < s.south || a.south > s.north || neighbours(a, s, rings)) continue;
      const at = meet(a, s);
      if (at) return at;
    }
    active.push(s);
  }
  return null;
}
