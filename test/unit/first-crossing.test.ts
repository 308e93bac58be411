// The checker's search for a polygon crossing itself, held against Turf's `kinks` (which finds every crossing) on
// seeded random rings: it finds one exactly when there is one, and what it finds is one of them.
import { kinks, polygon } from '@turf/turf';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { firstCrossing } from '../../src/check/first-crossing';

/** A small seeded generator (mulberry32), so a failure names a case that can be run again. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A closed ring of `n` points around (121.5, 29.9): a star when `jitter` is small, a tangle when it is large. */
function ring(next: () => number, n: number, jitter: number): Position[] {
  const points = Array.from({ length: n }, (_, i) => {
    const angle = (2 * Math.PI * (i + jitter * (next() - 0.5) * 3)) / n;
    const radius = 0.1 * (1 + jitter * next());
    return [121.5 + radius * Math.cos(angle), 29.9 + radius * Math.sin(angle)];
  });
  return [...points, points[0]!];
}

describe('firstCrossing', () => {
  it('finds a crossing exactly when Turf finds one, and one that Turf finds', () => {
    let crossed = 0;
    for (let seed = 1; seed <= 400; seed++) {
      const next = random(seed);
      const rings = [ring(next, 4 + Math.floor(next() * 20), next() < 0.5 ? 0.05 : 1)];
      if (next() < 0.3)
        rings.push(ring(next, 4 + Math.floor(next() * 8), 0.2).map(([x, y]) => [x! + 0.02, y!]));
      const all = kinks(polygon(rings)).features.map((f) => f.geometry.coordinates);
      const found = firstCrossing(rings);
      expect(found === null, `seed ${seed}`).toBe(all.length === 0);
      if (found) {
        crossed++;
        const nearest = Math.min(...all.map(([x, y]) => Math.hypot(x! - found[0]!, y! - found[1]!)));
        expect(nearest, `seed ${seed}`).toBeLessThan(1e-9);
      }
    }
    // Both kinds of case were tried.
    expect(crossed).toBeGreaterThan(40);
    expect(crossed).toBeLessThan(360);
  });

  it('does not count the vertex a ring shares between its neighbouring segments, nor where it closes', () => {
    const square = [
      [121, 29],
      [122, 29],
      [122, 30],
      [121, 30],
      [121, 29],
    ];
    expect(firstCrossing([square])).toBeNull();
    const bowtie = [
      [121, 29],
      [122, 30],
      [122, 29],
      [121, 30],
      [121, 29],
    ];
    expect(firstCrossing([bowtie])).toEqual([121.5, 29.5]);
  });
});
