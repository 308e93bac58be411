import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { booleanPointInPolygon, polygon } from '@turf/turf';
import type { Feature, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { loadBasemapLayers, LOCATOR_SIZE, staticMapFiles } from '../../scripts/stories/static-maps';
import { loadGazetteer, loadStory } from '../../scripts/stories/load-stories';
import { polygonPath, simplify } from '../../scripts/maps/static-map';
import { PALETTE } from '../../src/map/style/palette';
import { LANGS } from '../../src/story/types';

const root = fileURLToPath(new URL('../..', import.meta.url));
const layers = loadBasemapLayers(root);
const story = loadStory(root, join(root, 'stories/ningbo-town-race'), loadGazetteer(root)).stories[0]!;
const files = staticMapFiles(layers, story);

/** Absolute vertices of each subpath of path data written as M x y l dx dy ... z. */
function subpaths(d: string): [number, number][][] {
  return [...d.matchAll(/M([^l]+)l([^z]*)z/g)].map(([, start, moves]) => {
    const nums = (s: string) => (s.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
    const [x0, y0] = nums(start!) as [number, number];
    const pts: [number, number][] = [[x0, y0]];
    const ds = nums(moves!);
    for (let i = 0; i < ds.length; i += 2) {
      const [x, y] = pts[pts.length - 1]!;
      pts.push([x + ds[i]!, y + ds[i + 1]!]);
    }
    return pts;
  });
}

describe('simplify', () => {
  it('drops points within the tolerance of the line and keeps those beyond it', () => {
    const line: [number, number][] = [
      [0, 0],
      [5, 0.2],
      [10, 0],
      [10, 5],
      [10.1, 10],
    ];
    expect(simplify(line, 0.5)).toEqual([
      [0, 0],
      [10, 0],
      [10.1, 10],
    ]);
    expect(simplify(line, 0.1)).toEqual([
      [0, 0],
      [5, 0.2],
      [10, 0],
      [10.1, 10],
    ]);
  });

  it('keeps a closed ring closed and its corners', () => {
    const ring: [number, number][] = [
      [0, 0],
      [5, 0],
      [10, 0],
      [10, 10],
      [0, 10],
      [0, 0],
    ];
    expect(simplify(ring, 0.5)).toEqual([
      [0, 0],
      [10, 0],
      [10, 10],
      [0, 10],
      [0, 0],
    ]);
  });
});

describe('polygonPath', () => {
  const square = (size: number, x = 0): Feature<Polygon> => ({
    type: 'Feature',
    properties: {},
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [x, 0],
          [x + size, 0],
          [x + size, size],
          [x, size],
          [x, 0],
        ],
      ],
    },
  });
  const identity = (lon: number, lat: number): [number, number] => [lon, lat];

  it('writes relative moves on whole units, a minus sign standing for the separator', () => {
    expect(polygonPath([square(10)], identity, 0.5, 3)).toBe('M0 0l10 0 0 10-10 0z');
  });

  it('leaves out rings too small to see', () => {
    expect(polygonPath([square(10), square(1.4, 20)], identity, 0.5, 3)).toBe('M0 0l10 0 0 10-10 0z');
  });
});

describe('chapter maps', () => {
  // The first frames (maps/frames/) are drawn differently: frame-svg.test.ts.
  const maps = [...files].filter(
    ([name]) => !name.startsWith('maps/locator.') && !name.startsWith('maps/frames/'),
  );

  it('cut every layer to the frame, a few pixels beyond it', () => {
    expect(maps.length).toBeGreaterThan(0);
    for (const [name, svg] of maps) {
      const [, width, height] = /viewBox="0 0 (\d+) (\d+)"/.exec(svg)!.map(Number);
      const coords = [...svg.matchAll(/ d="([^"]*)"/g)].flatMap(([, d]) =>
        [...d!.matchAll(/(-?\d+(?:\.\d+)?) (-?\d+(?:\.\d+)?)/g)].map(([, x, y]) => [Number(x), Number(y)]),
      );
      expect(coords.length, name).toBeGreaterThan(100);
      const outside = coords.filter(
        ([x, y]) => x! < -4.1 || y! < -4.1 || x! > width! + 4.1 || y! > height! + 4.1,
      );
      expect(outside, name).toEqual([]);
    }
  });

  it("draw the coast before the city's outline, which runs along it", () => {
    for (const [name, svg] of maps)
      expect(svg.indexOf(`stroke="${PALETTE.coast}"`), name).toBeLessThan(
        svg.indexOf(`stroke="${PALETTE.outline}"`),
      );
  });
});

describe('opening locator', () => {
  for (const lang of LANGS) {
    const svg = files.get(`maps/locator.${lang}.svg`)!;

    it(`${lang}: stays small (it was 18.7 KB gzip with county borders and coastline)`, () => {
      expect(gzipSync(svg, { level: 9 }).length).toBeLessThan(2048);
      expect(svg).not.toMatch(/stroke-dasharray|class="a"/);
    });

    it(`${lang}: draws Ningbo's outline where it lies, and names it inside`, () => {
      const { width, height } = LOCATOR_SIZE;
      expect(svg).toContain(`viewBox="0 0 ${width} ${height}"`);
      const area = new RegExp(`<path fill="${PALETTE.highlight}"[^>]* d="([^"]+)"`).exec(svg)![1]!;
      const drawn = subpaths(area).flat();
      // The outline's main part and its larger islands, the whole of it inside the frame.
      expect(subpaths(area).length).toBeGreaterThanOrEqual(3);
      for (const [x, y] of drawn) {
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(width);
        expect(y).toBeGreaterThanOrEqual(0);
        expect(y).toBeLessThanOrEqual(height);
      }
      // Ningbo spans about half the frame's width: drawn at the scale of the frame, not as a speck.
      const xs = drawn.map(([x]) => x);
      expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(width * 0.4);
      expect(svg).toContain(lang === 'zh' ? '>宁波市</text>' : '>Ningbo</text>');
      // The name sits on the drawn outline (the test is planar, as the frame is).
      const [, x, y] = /<text x="(-?\d+)" y="(-?\d+)"/.exec(svg)!.map(Number);
      const parts = subpaths(area).map((ring) => polygon([[...ring, ring[0]!]]));
      expect(parts.some((part) => booleanPointInPolygon([x!, y!], part))).toBe(true);
    });
  }
});
