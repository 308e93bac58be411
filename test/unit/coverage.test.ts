// Where the basemap has data: the parity of the outline's edges and the reaches off the coast and the borders, against turf on a small made
// topology (exactly, point by point), and against places whose answer is known on China's own outlines and the
// world's countries, with the data and zoom each is covered by.
import {
  bbox,
  booleanPointInPolygon,
  destination,
  lineString,
  pointToLineDistance,
  polygon,
} from '@turf/turf';
import { readFileSync } from 'node:fs';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { topology } from 'topojson-server';
import { describe, expect, it } from 'vitest';
import { loadCoverage } from '../../scripts/stories/load-stories';
import { BORDER_REACH_M, COVERAGE_REACH_M, coverageOf } from '../../src/check/coverage';

type Ring = [number, number][];
const box = (w: number, s: number, e: number, n: number): Ring => [
  [w, s],
  [e, s],
  [e, n],
  [w, n],
  [w, s],
];
const county = (...rings: Ring[]): Feature<Polygon> => ({
  type: 'Feature',
  properties: {},
  geometry: { type: 'Polygon', coordinates: rings },
});

// Two counties side by side (a shared border inside the country); the western one holds a third as an enclave,
// and the eastern one a lake 58 km across that no county fills. A triangle beyond has long slanting edges, each
// filed in several cells of the grid. The sea is to the north, east and south; the west is a land border.
const west = county(box(120, 30, 121, 31), box(120.4, 30.4, 120.6, 30.6).reverse());
const enclave = county(box(120.4, 30.4, 120.6, 30.6));
const lake = box(121.2, 30.2, 121.8, 30.8);
const east = county(box(121, 30, 122, 31), [...lake].reverse());
const triangle = county([
  [122, 30],
  [123.5, 30.6],
  [122, 31],
  [122, 30],
]);
const shore: Ring = [
  [120, 30],
  [122, 30],
  [123.5, 30.6],
  [122, 31],
  [120, 31],
];
const counties: FeatureCollection = { type: 'FeatureCollection', features: [west, enclave, east, triangle] };
const coast: FeatureCollection = {
  type: 'FeatureCollection',
  features: [{ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: shore } }],
};
const made = coverageOf(topology({ counties, coast }) as Topology, 'counties', 'coast');
const going = (from: [number, number], bearing: number) => (km: number) =>
  destination(from, km, bearing, { units: 'kilometers' }).geometry.coordinates as [number, number];

describe('coverage on a made topology', () => {
  it('covers each county, the enclave and both sides of a shared border', () => {
    expect(made.covers(120.2, 30.5)).toBe(true);
    expect(made.covers(120.5, 30.5)).toBe(true);
    expect(made.covers(121.1, 30.5)).toBe(true);
    expect(made.covers(120.9999, 30.7)).toBe(true);
    expect(made.covers(121.0001, 30.7)).toBe(true);
  });

  it('leaves out the middle of a lake no county fills, farther than the reach from its shore', () => {
    expect(made.covers(121.5, 30.5)).toBe(false);
  });

  it.each([
    ['east, off a corner', [123.5, 30.6], 90],
    ['north', [121.5, 31], 0],
    ['south', [120.5, 30], 180],
  ] as const)('reaches %s to 22 km off the coast, not 22.2 km', (_, from, bearing) => {
    const at = going([...from], bearing);
    expect(made.covers(...at(21.8))).toBe(true);
    expect(made.covers(...at(22.2))).toBe(false);
  });

  it('reaches 2 km across a land border, not 2.2 km', () => {
    const at = going([120, 30.5], 270);
    expect(made.covers(...at(1.8))).toBe(true);
    expect(made.covers(...at(2.2))).toBe(false);
    expect(made.covers(...at(10))).toBe(false);
  });

  it('agrees with turf at every point of a 0.05° grid over and around it', () => {
    const land = [west, enclave, east, triangle].map((c) => polygon(c.geometry.coordinates));
    // Planar: an edge is drawn straight on the map, not along the great circle (which bulges 300 m here).
    const metres = (p: number[], r: Ring) =>
      pointToLineDistance(p, lineString(r), { units: 'meters', method: 'planar' });
    const wrong: string[] = [];
    for (let lon = 119.5; lon <= 124; lon += 0.05)
      for (let lat = 29.5; lat <= 31.5; lat += 0.05) {
        const p = [lon, lat];
        const inside = land.some((poly) => booleanPointInPolygon(p, poly));
        const offCoast = metres(p, shore);
        const offBorder = Math.min(metres(p, [...shore, [120, 30]]), metres(p, lake));
        // Within 100 m of a reach, a plane and the sphere may disagree.
        const edge =
          Math.abs(offCoast - COVERAGE_REACH_M) < 100 || Math.abs(offBorder - BORDER_REACH_M) < 100;
        if (!inside && edge) continue;
        const expected = inside || offCoast <= COVERAGE_REACH_M || offBorder <= BORDER_REACH_M;
        if (made.covers(lon, lat) !== expected) wrong.push(`(${lon.toFixed(2)}, ${lat.toFixed(2)})`);
      }
    expect(wrong).toEqual([]);
  });
});

describe("coverage on China's counties and the world's countries", () => {
  const coverage = loadCoverage();
  const counties = { maxZoom: 11, data: "China's county outlines, vertices 0.5–3 km apart" };
  const countries = {
    maxZoom: 8.26,
    data: "Natural Earth's 1:50m country outlines, vertices up to 20 km apart",
  };

  it.each([
    ['Dunhuang, Gansu', 94.662, 40.142],
    ['Kashgar, Xinjiang', 75.99, 39.47],
    ['Taxkorgan, Xinjiang, near the western border', 75.23, 37.77],
    ['Lhasa, Tibet', 91.13, 29.65],
    ['Mohe, Heilongjiang, the far north', 122.54, 52.97],
    ['Sanya, Hainan', 109.51, 18.25],
    ['Zhenhai, Ningbo', 121.716, 29.949],
    ['Dongji island, Zhoushan, which the outlines leave out', 122.69, 30.19],
    ['Hekou, Yunnan, on the Red River border, where the outline runs close', 103.95, 22.51],
    ['Erenhot, Inner Mongolia, on the border, where the outline runs close', 111.98, 43.65],
    ['Tawang, which Natural Earth puts in India', 91.86, 27.59],
  ])("covers %s with China's counties, to zoom 11", (_, lon, lat) => {
    expect(coverage.covers(lon, lat)).toBe(true);
    expect(coverage.dataAt(lon, lat)).toEqual(counties);
  });

  it.each([
    ['Zamyn-Üüd, Mongolia, across the border from Erenhot', 111.9, 43.72],
    ['Almaty, Kazakhstan', 76.95, 43.24],
    ['Ulaanbaatar, Mongolia', 106.92, 47.92],
    ['Tokyo', 139.69, 35.69],
    ['Singapore, which 1:110m would leave out', 103.82, 1.35],
    ['Valletta, Malta', 14.51, 35.9],
    ['Paris', 2.35, 48.86],
    ['Chukotka, east of the antimeridian', -175, 66],
    ['Wrangel Island, across the antimeridian', 179.5, 71.2],
    ['Suva, Fiji', 178.44, -18.14],
    ['McMurdo Station, Antarctica', 166.67, -77.85],
    ['the South Pole', 0, -89.5],
  ])("covers %s with the world's countries, to zoom 8.26", (_, lon, lat) => {
    expect(coverage.covers(lon, lat)).toBe(true);
    expect(coverage.dataAt(lon, lat)).toEqual(countries);
  });

  it.each([
    ['the East China Sea, 250 km off the coast', 126, 29],
    ['the middle of the Atlantic', -30, 30],
    ['the middle of the Pacific', -150, 0],
    ['the Arctic Ocean at the North Pole', 0, 89.9],
    ['Kashgar with lon and lat swapped', 39.47, 75.99],
    ['a projected coordinate in metres', 13585000, 3512000],
  ])('leaves out %s', (_, lon, lat) => {
    expect(coverage.covers(lon, lat)).toBe(false);
    expect(coverage.dataAt(lon, lat)).toBeNull();
  });

  const inBox = ([w, s, e, n]: number[], lon: number, lat: number) =>
    lon >= w! && lon <= e! && lat >= s! && lat <= n!;

  it("covers every point inside a country's outline, on a 2° grid of the world", () => {
    const world = JSON.parse(readFileSync('geodata/sources/world/countries.topo.json', 'utf8')) as Topology;
    const shapes = (
      feature(world, world.objects.countries as GeometryCollection) as FeatureCollection<
        Polygon | MultiPolygon
      >
    ).features.map((f) => ({ ...f, bbox: bbox(f) }));
    const missed: string[] = [];
    for (let lon = -179; lon < 180; lon += 2)
      for (let lat = -89; lat < 84; lat += 2)
        if (shapes.some((f) => inBox(f.bbox, lon, lat) && booleanPointInPolygon([lon, lat], f)))
          if (!coverage.covers(lon, lat)) missed.push(`(${lon}, ${lat})`);
    expect(missed).toEqual([]);
  });
});
