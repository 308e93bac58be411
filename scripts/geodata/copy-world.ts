// Run by hand, never by the build: makes geodata/sources/world/countries.topo.json from the npm package
// world-atlas 2.0.2 (Natural Earth's Admin 0 countries at 1:50m, public domain), unpacked anywhere.
//
//   npx tsx scripts/geodata/copy-world.ts <folder holding countries-50m.json>
//
// Kept: the countries, China's marked (its own counties are finer and claim more: they draw it), each with the
// English name the data has, its ISO 3166-1 numeric code, and, where CLDR maps that code to a region, the
// region's alpha-2 code and Chinese name. The package's `land` object is not kept: the countries are the land.
//
// The package is made for d3-geo, whose polygons are spherical: a ring may cross the antimeridian, and
// Antarctica is the ground between its coast and a ring around the pole. Drawn on a plane (the tiles, the
// checker's coverage) those read as the world inside out, so they are cut at the antimeridian here and
// Antarctica closed along the pole's edge of the map.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { bboxPolygon, intersect, rewind } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { feature, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import type { GeometryCollection, Objects, Topology } from 'topojson-specification';

/**
 * China, Taiwan, Hong Kong and Macau: geodata/sources/china/ draws and names all four, county by county. They are
 * kept, marked, so that the other countries' borders with them are borders and not coast.
 */
const LEFT_TO_CHINA = new Set(['156', '158', '344', '446']);
/** The package's own grid (steps of 0.0036° east-west): re-cut over the same extent, no vertex moves further. */
const QUANTIZATION = 1e5;
const FILE = 'countries-50m.json';

const [from] = process.argv.slice(2);
if (!from) {
  console.error('usage: npx tsx scripts/geodata/copy-world.ts <folder with countries-50m.json>');
  process.exit(1);
}
const root = resolve(import.meta.dirname, '../..');
const out = join(root, 'geodata/sources/world');

const atlas = JSON.parse(readFileSync(join(from, FILE), 'utf8')) as Topology;
const all = feature(
  atlas,
  atlas.objects.countries as GeometryCollection<{ name: string }>,
) as FeatureCollection<Polygon | MultiPolygon, { name: string }>;

/**
 * The alpha-2 code of an ISO 3166-1 numeric one, as CLDR's territory aliases give it (through the ICU in Node):
 * undefined where CLDR has none, so that nothing is guessed.
 */
function alpha2(numeric: string | undefined): string | undefined {
  if (numeric === undefined || !/^\d{3}$/.test(numeric)) return undefined;
  const region = new Intl.Locale(`und-${numeric}`).region;
  return region && /^[A-Z]{2}$/.test(region) ? region : undefined;
}
/** The map's edge at the south pole in the package's own data (it stops short of -90, as here). */
const POLE_LAT = -89.999;

/** How many times a ring crosses the antimeridian, net: 0 for a ring that returns, ±1 for one around a pole. */
function turns(ring: Position[]): number {
  let net = 0;
  for (let k = 1; k < ring.length; k++) {
    const d = ring[k]![0]! - ring[k - 1]![0]!;
    if (Math.abs(d) > 180) net += Math.sign(d);
  }
  return net;
}
const crosses = (ring: Position[]) => ring.some((p, k) => k > 0 && Math.abs(p[0]! - ring[k - 1]![0]!) > 180);

/** The ring with each step's longitude taken the short way: past ±180 where it crosses. */
function unwrapped(ring: Position[]): Position[] {
  const out: Position[] = [ring[0]!];
  for (const [x, y] of ring.slice(1)) {
    const prev = out.at(-1)![0]!;
    out.push([x! + 360 * Math.round((prev - x!) / 360), y!]);
  }
  return out;
}

/** A polygon of the package as planar polygons within -180..180. */
function planar(poly: Position[][]): Position[][][] {
  if (!poly.some(crosses)) return [poly];
  // Antarctica: the ring around the pole is dropped; the coast is closed along the map's southern edge.
  const rings = poly.filter((r) => !(turns(r) !== 0 && r.every((p) => p[1]! <= POLE_LAT + 1e-6)));
  const shapes = rings.map((r) => {
    const u = unwrapped(r);
    if (turns(r) === 0) return u;
    const [first, last] = [u[0]!, u.at(-1)!];
    return [...u, [last[0]!, POLE_LAT], [first[0]!, POLE_LAT], first];
  });
  const whole: Feature<Polygon> = {
    type: 'Feature',
    properties: {},
    geometry: { type: 'Polygon', coordinates: shapes },
  };
  return [-360, 0, 360].flatMap((shift) => {
    const part = intersect({
      type: 'FeatureCollection',
      features: [whole, bboxPolygon([-180 + shift, -90, 180 + shift, 90])],
    });
    if (!part) return [];
    const polys = part.geometry.type === 'Polygon' ? [part.geometry.coordinates] : part.geometry.coordinates;
    return polys.map((p) => p.map((r) => r.map(([x, y]) => [x! - shift, y!])));
  });
}

function planarGeometry(g: Polygon | MultiPolygon): Polygon | MultiPolygon {
  const polys = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates).flatMap(planar);
  const out: Polygon | MultiPolygon =
    polys.length === 1
      ? { type: 'Polygon', coordinates: polys[0]! }
      : { type: 'MultiPolygon', coordinates: polys };
  // RFC 7946's winding (d3-geo's is the other way), as the rest of the project's data has it.
  return rewind(out) as Polygon | MultiPolygon;
}

const zh = new Intl.DisplayNames(['zh-Hans'], { type: 'region', fallback: 'none' });

const en = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
const sharing = new Map<string, number>();
for (const f of all.features)
  if (f.id !== undefined) sharing.set(String(f.id), (sharing.get(String(f.id)) ?? 0) + 1);
/**
 * Whether a code names this feature: it is the only one with it, or CLDR's English name for the code is the
 * data's (a territory filed under its country's code, Ashmore and Cartier under Australia's, is not that country).
 */
const named = (id: string, a2: string, name: string) => sharing.get(id) === 1 || en.of(a2) === name;

const kept: FeatureCollection<Polygon | MultiPolygon> = {
  type: 'FeatureCollection',
  features: all.features.map((f) => {
    const id = f.id === undefined ? undefined : String(f.id);
    const a2 = alpha2(id);
    const name_zh = id && a2 && named(id, a2, f.properties.name) ? zh.of(a2) : undefined;
    return {
      type: 'Feature',
      properties: {
        name_en: f.properties.name,
        ...(id && LEFT_TO_CHINA.has(id) ? { china: true } : {}),
        ...(id ? { iso_n3: id } : {}),
        ...(a2 ? { iso_a2: a2 } : {}),
        ...(name_zh ? { name_zh } : {}),
      },
      geometry: planarGeometry(f.geometry),
    };
  }),
};
const topo = quantize(topology({ countries: kept }) as Topology<Objects>, QUANTIZATION);
const back = feature(topo, topo.objects.countries as GeometryCollection<{ name_en: string }>);
const lost = back.features.filter((f) => f.geometry === null).map((f) => f.properties.name_en);
if (lost.length > 0) throw new Error(`countries lost to the grid: ${lost.join(', ')}`);

mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'countries.topo.json'), JSON.stringify(topo) + '\n');
const unnamed = kept.features.filter((f) => !f.properties?.name_zh).map((f) => f.properties?.name_en);
console.log(
  `${kept.features.length} countries kept of ${all.features.length}; no Chinese name for ${unnamed.length}: ${unnamed.join(', ')}`,
);
