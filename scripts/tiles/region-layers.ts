// The basemap of a region anywhere in China, from the country-wide data in geodata/sources/china/: the counties
// whose outline meets the region, named in both languages, the coast, the land (the region less the sea) and the
// cities of Natural Earth to name at the zooms that show too much for counties.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bbox, bboxClip, bboxPolygon, difference, featureCollection } from '@turf/turf';
import type {
  Feature,
  FeatureCollection,
  LineString,
  MultiLineString,
  MultiPolygon,
  Point,
  Polygon,
} from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { BasemapLayers } from '../../src/geo/topology';
import type { LonLatBox } from '../../src/map/view/story-region';
import { labelPoint } from '../geodata/buildBasemap';
import { clipToBox } from '../geodata/sea';
import { MIN_ZOOM_PROP } from './tile-features';
import { englishName } from './english-name';

type Area = Feature<Polygon | MultiPolygon>;

/** The least zoom that names counties: below it a region's counties are too many names for the map. */
const COUNTY_LABEL_MIN_ZOOM = 8;
/** The least zoom that draws counties: below it their borders are a grey smudge, and most of a tile's bytes. */
const COUNTY_MIN_ZOOM = 5;

export interface ChinaData {
  counties: (Area & { bbox: LonLatBox })[];
  coast: Feature<MultiLineString>;
  /** The borders between provinces, and the country's outline. */
  provinces: Feature<MultiLineString>;
  places: Feature<Point, Record<string, unknown>>[];
}

/** Reads the country-wide sources once (2 MB of outlines). */
export function readChina(root: string): ChinaData {
  const dir = join(root, 'geodata', 'sources', 'china');
  const topo = JSON.parse(readFileSync(join(dir, 'counties.topo.json'), 'utf8')) as Topology;
  const counties = (
    feature(topo, topo.objects.counties as GeometryCollection) as FeatureCollection
  ).features.map((f) => ({ ...(f as Area), bbox: bbox(f) as LonLatBox }));
  const coast: Feature<MultiLineString> = {
    type: 'Feature',
    properties: {},
    geometry: mesh(topo, topo.objects.coast as GeometryCollection),
  };
  // A county's province is the first two digits of its code; a border no other county shares is the country's.
  const province = (g: { properties?: unknown }) =>
    String((g.properties as { adcode?: string }).adcode).slice(0, 2);
  const provinces: Feature<MultiLineString> = {
    type: 'Feature',
    properties: {},
    geometry: mesh(
      topo,
      topo.objects.counties as GeometryCollection,
      (a, b) => a === b || province(a) !== province(b),
    ),
  };
  const places = (
    JSON.parse(readFileSync(join(dir, 'ne10m_populated_places_china.geojson'), 'utf8')) as FeatureCollection<
      Point,
      Record<string, unknown>
    >
  ).features;
  return { counties, coast, provinces, places };
}

const meets = (a: LonLatBox, b: LonLatBox) => a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
const inBox = ([lon, lat]: number[], b: LonLatBox) =>
  lon! >= b[0] && lon! <= b[2] && lat! >= b[1] && lat! <= b[3];

const fc = <F extends Feature>(
  features: F[],
): FeatureCollection<F['geometry'], NonNullable<F['properties']>> =>
  ({ type: 'FeatureCollection', features }) as FeatureCollection<F['geometry'], NonNullable<F['properties']>>;

/**
 * The layers of `box`. `sea` is the world's sea (only read when a region needs it); `skip` holds the codes of
 * counties another source draws already, so that no border is drawn twice.
 */
export function regionLayers(
  box: LonLatBox,
  china: ChinaData,
  sea: () => Feature<MultiPolygon> | null,
  skip: ReadonlySet<string> = new Set(),
): BasemapLayers {
  const counties = china.counties
    .filter((c) => meets(c.bbox, box) && !skip.has(String(c.properties?.adcode)))
    .map((c): Area => {
      const p = c.properties as { adcode: string; name_zh: string; pinyin: string | null };
      const name_en = englishName(p.adcode, p.name_zh, p.pinyin);
      return {
        type: 'Feature',
        geometry: c.geometry,
        properties: {
          adcode: p.adcode,
          name_zh: p.name_zh,
          ...(name_en ? { name_en } : {}),
          [MIN_ZOOM_PROP]: COUNTY_MIN_ZOOM,
        },
      };
    });
  const frame = bboxPolygon(box);
  const water = sea();
  const land: Feature<Polygon | MultiPolygon> | null =
    water && water.geometry.coordinates.length > 0
      ? difference(featureCollection<Polygon | MultiPolygon>([frame, water]))
      : frame;
  const coastline = bboxClip(china.coast, box) as Feature<LineString | MultiLineString>;
  const countyLabels = counties.map((c) => {
    const point = labelPoint(c);
    const { adcode, name_zh, name_en } = point.properties as Record<string, unknown>;
    const names = { adcode, name_zh, ...(name_en ? { name_en } : {}) };
    return { ...point, properties: { ...names, focus: false, [MIN_ZOOM_PROP]: COUNTY_LABEL_MIN_ZOOM } };
  });
  // Natural Earth's cities, from the zoom Natural Earth itself gives each, named as it names them.
  const cities = china.places
    .filter((p) => inBox(p.geometry.coordinates, box) && typeof p.properties.NAME_ZH === 'string')
    .map((p) => ({
      type: 'Feature' as const,
      geometry: p.geometry,
      properties: {
        name_zh: p.properties.NAME_ZH as string,
        ...(typeof p.properties.NAME_EN === 'string' ? { name_en: p.properties.NAME_EN } : {}),
        [MIN_ZOOM_PROP]: Math.floor(Number(p.properties.min_zoom) || 0),
      },
    }));
  return {
    land: fc(land ? [land] : []),
    coastline: fc(coastline.geometry.coordinates.length > 0 ? [coastline] : []),
    counties: fc(counties),
    districts: fc([]),
    outline: fc([]),
    rivers: fc([]),
    districtLabels: fc(countyLabels),
    cityLabel: fc(cities),
    // Whole: the views that show the country see past the data's box, and a province's border stopping there would
    // look like a border of its own.
    provinces: fc([china.provinces]),
  } as unknown as BasemapLayers;
}

/** The world's sea cut to `box`, or null where the box holds none. */
export function seaIn(world: Parameters<typeof clipToBox>[0], box: LonLatBox): Feature<MultiPolygon> | null {
  const sea = clipToBox(world, box);
  return sea.geometry.coordinates.length > 0 ? sea : null;
}
