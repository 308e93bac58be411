import { booleanPointInPolygon, centerOfMass, pointOnFeature } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Point, Polygon } from 'geojson';
import { topology } from 'topojson-server';
import type { Topology } from 'topojson-specification';
import type { Place } from '../../src/geo/gazetteer';
import { namesByField } from '../../src/locale/names-by-field';
import { fitToCoast } from './coast';
import { mergeTouching } from './merge';
import { tidy } from './tidy';
import { GeodataError, SOURCE_FILES, type GeodataSources, type SourceName } from './readSources';
import { REGION_BOX } from './sea';

// The data box is about 222 km x 211 km (120.3-122.6 E, 28.9-30.8 N: the land fills it), so 10,000 steps give a
// grid of about 22 m x 21 m (snapping error <= 11 m): invisible at zoom 11, where the vertices of the counties and
// of the coast are 0.4-3 km apart anyway.
const QUANTIZATION = 10_000;

const POLYGONS = ['Polygon', 'MultiPolygon'];
const LINES = ['LineString', 'MultiLineString'];

type Props = Record<string, unknown>;
type Area = Feature<Polygon | MultiPolygon>;
type Picker = (p: Props, fail: (msg: string) => never) => Props | null;

function str(p: Props, key: string, fail: (msg: string) => never): string {
  const v = p[key];
  if (typeof v !== 'string' || v === '') return fail(`property "${key}" missing or not a string`);
  return v;
}

function bool(p: Props, key: string, fail: (msg: string) => never): boolean {
  const v = p[key];
  if (typeof v !== 'boolean') return fail(`property "${key}" missing or not a boolean`);
  return v;
}

// Rebuilds each feature with only the properties the map uses, in a fixed key order, so that the output size
// and bytes depend on nothing else in the sources. Geometries are cloned so the build never aliases its input.
function clean(
  sources: GeodataSources,
  name: SourceName,
  types: string[],
  pick: Picker,
  keep: (p: Props) => boolean = () => true,
): Feature[] {
  return sources[name].features.flatMap((f, i) => {
    const fail = (msg: string): never => {
      throw new GeodataError(SOURCE_FILES[name], `feature ${i}: ${msg}`);
    };
    if (!f.geometry || !types.includes(f.geometry.type))
      fail(`geometry ${f.geometry?.type} is not ${types.join('/')}`);
    const props = (f.properties ?? {}) as Props;
    if (!keep(props)) return [];
    return [
      { type: 'Feature', properties: pick(props, fail), geometry: structuredClone(f.geometry as Geometry) },
    ];
  });
}

const districtProps: Picker = (p, fail) => ({
  adcode: str(p, 'adcode', fail),
  name_zh: str(p, 'name_zh', fail),
  name_en: str(p, 'name_en', fail),
  focus: bool(p, 'focus', fail),
});

// centerOfMass reads best (it sits in the visual middle), but for concave or multi-part districts it can fall
// outside, e.g. in the sea between islands; pointOnFeature is always inside, so it is the fallback.
export function labelPoint(district: Feature): Feature<Point> {
  const area = district as Feature<Polygon | MultiPolygon>;
  const centre = centerOfMass(area);
  const point = booleanPointInPolygon(centre, area) ? centre : pointOnFeature(area);
  return { type: 'Feature', properties: district.properties, geometry: point.geometry };
}

function collection(features: Feature[]): FeatureCollection {
  return { type: 'FeatureCollection', features };
}

/** The gazetteer place whose point carries the city's name: the seat of the city government (GeoNames PPLA2). */
export const CITY_SEAT = 'ningbo';

// The city is named where its government sits, the convention of reference maps, rather than at the outline's
// centre of mass, which falls in rural Fenghua. The point is the gazetteer's, not one derived for the label.
function cityLabel(seat: Place | undefined): Feature<Point> {
  if (!seat) throw new GeodataError(SOURCE_FILES.places, `place "${CITY_SEAT}" (the city seat) missing`);
  return {
    type: 'Feature',
    properties: namesByField(seat.name),
    geometry: { type: 'Point', coordinates: [seat.lon, seat.lat] },
  };
}

/** The single quantized topology the map loads (geodata/build/basemap.topo.json). */
export function buildBasemap(sources: GeodataSources, places: Record<string, Place>): Topology {
  const none: Picker = () => null;
  const districts = clean(sources, 'districts', POLYGONS, districtProps);
  if (districts.length !== 10) {
    throw new GeodataError(SOURCE_FILES.districts, `expected 10 districts, found ${districts.length}`);
  }
  // Ningbo's own counties are drawn from `districts`; keeping them here would draw every border twice.
  const notNingbo = (p: Props) => !String(p.Code_County ?? '').startsWith('3302');
  const counties = clean(
    sources,
    'counties',
    POLYGONS,
    (p, fail) => {
      const city = p.Name_Perfecture;
      if (city !== null && typeof city !== 'string') fail('property "Name_Perfecture" not a string or null');
      return {
        code: str(p, 'Code_County', fail),
        name_zh: str(p, 'Name_County', fail),
        city_zh: city ?? null,
      };
    },
    notNingbo,
  );
  const rivers = clean(sources, 'rivers', LINES, (p, fail) => ({
    name_zh: str(p, 'name_zh', fail),
    name_en: str(p, 'name_en', fail),
  }));
  const coast = fitToCoast(sources.sea, [...districts, ...counties] as Area[], REGION_BOX);
  const fitted = coast.units.slice(0, districts.length);
  const [outline, ...extra] = clean(sources, 'outline', POLYGONS, none);
  if (!outline || extra.length > 0) throw new GeodataError(SOURCE_FILES.outline, 'expected one feature');
  // The city's outline grows with its districts, so that it too meets the coast.
  const gained = coast.given.slice(0, districts.length).flat();
  const city = tidy(mergeTouching(outline as Area, gained));
  return topology(
    {
      land: collection([coast.land]),
      coastline: collection([coast.coastline]),
      counties: collection(coast.units.slice(districts.length)),
      districts: collection(fitted),
      outline: collection([{ type: 'Feature', properties: null, geometry: city.geometry }]),
      rivers: collection(rivers),
      district_labels: collection(fitted.map(labelPoint)),
      city_label: collection([cityLabel(places[CITY_SEAT])]),
    },
    QUANTIZATION,
  );
}
