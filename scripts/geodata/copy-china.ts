// Run by hand, never by the build: makes geodata/sources/china/ from the shared folder of China-wide geodata
// (its PROVENANCE.md; summarised in geodata/PROVENANCE.md), which is not there in CI or on an editor's machine.
//
//   npx tsx scripts/geodata/copy-china.ts <folder holding china_counties_p5.geojson>
//
// The counties become one TopoJSON: shared borders are stored once and coordinates as small whole-number steps, a
// quarter of the GeoJSON's bytes. Provinces and prefectures are not copied: their codes are the first 2 and 4 digits
// of a county's code (checked below), so they are the counties merged by code, and only their names are kept.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { coastArcs } from './china-coast';
import type { GeometryCollection, Objects, Topology } from 'topojson-specification';

/**
 * Grid steps across China's extent (61° × 37°): about 60 × 40 m, half of which is the most a vertex moves. The
 * outlines lie 56–177 m (median) from the OSM coast and their vertices 1.8 km apart, so the grid adds nothing
 * visible at the zoom they hold to (10–11, 130–66 m a pixel).
 */
const QUANTIZATION = 1e5;
const COUNTIES = 'china_counties_p5.geojson';
const PLACES = 'ne10m_populated_places_china.geojson';
const COUNTY_COUNT = 2901;

interface CountyIn {
  adcode: string;
  name_zh: string;
  pinyin: string | null;
  prov_code: string;
  prov_zh: string;
  pref_code: string;
  pref_zh: string | null;
}

const [from] = process.argv.slice(2);
if (!from) {
  console.error('usage: npx tsx scripts/geodata/copy-china.ts <folder with china_counties_p5.geojson>');
  process.exit(1);
}
const root = resolve(import.meta.dirname, '../..');
const out = join(root, 'geodata/sources/china');

const counties = JSON.parse(readFileSync(join(from, COUNTIES), 'utf8')) as FeatureCollection<
  Polygon | MultiPolygon,
  CountyIn
>;
if (counties.features.length !== COUNTY_COUNT)
  throw new Error(`${COUNTIES}: expected ${COUNTY_COUNT} counties, found ${counties.features.length}`);

const divisions: Record<string, string> = {};
for (const { properties: p } of counties.features) {
  if (p.prov_code !== p.adcode.slice(0, 2) || p.pref_code !== p.adcode.slice(0, 4))
    throw new Error(`${p.adcode}: its province or prefecture code is not a prefix of it`);
  divisions[p.prov_code] = p.prov_zh;
  // Municipalities, Taiwan, Hong Kong, Macau and counties under a province directly have no prefecture's name.
  if (p.pref_zh !== null) divisions[p.pref_code] = p.pref_zh;
}

const slim: FeatureCollection<Polygon | MultiPolygon> = {
  type: 'FeatureCollection',
  features: counties.features.map((f) => ({
    type: 'Feature',
    properties: { adcode: f.properties.adcode, name_zh: f.properties.name_zh, pinyin: f.properties.pinyin },
    geometry: f.geometry,
  })),
};
// The server's types give properties that may be null, which the client's quantize does not take.
const topo = quantize(topology({ counties: slim }) as Topology<Objects>, QUANTIZATION);

// Every county survives the grid: a county whose rings all collapsed would be a hole in the map's coverage.
const back = feature(topo, topo.objects.counties as GeometryCollection<{ adcode: string }>);
const lost = back.features.filter((f) => f.geometry === null).map((f) => f.properties.adcode);
if (back.features.length !== COUNTY_COUNT || lost.length > 0)
  throw new Error(`counties lost to the grid: ${lost.join(', ') || back.features.length}`);

const coast = coastArcs(topo, 'counties');
topo.objects.coast = { type: 'MultiLineString', arcs: coast.map((i) => [i]) };

mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'counties.topo.json'), JSON.stringify(topo) + '\n');
const sorted = Object.fromEntries(Object.entries(divisions).sort(([a], [b]) => a.localeCompare(b)));
writeFileSync(join(out, 'divisions.json'), JSON.stringify(sorted, null, 1) + '\n');
// Written, not copied: a copy would keep the shared file's read-only mode.
writeFileSync(join(out, PLACES), readFileSync(join(from, PLACES)));
console.log(
  `geodata/sources/china/: ${COUNTY_COUNT} counties, ${coast.length} arcs of coast, ${Object.keys(sorted).length} divisions named`,
);
