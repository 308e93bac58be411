import type {
  FeatureCollection,
  GeoJsonProperties,
  Geometry,
  LineString,
  MultiLineString,
  MultiPolygon,
  Point,
  Polygon,
} from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

export interface BasemapLayers {
  land: FeatureCollection<Polygon | MultiPolygon>;
  coastline: FeatureCollection<LineString | MultiLineString>;
  counties: FeatureCollection<
    Polygon | MultiPolygon,
    { code: string; name_zh: string; city_zh: string | null }
  >;
  districts: FeatureCollection<
    Polygon | MultiPolygon,
    { adcode: string; name_zh: string; name_en: string; focus: boolean }
  >;
  outline: FeatureCollection<Polygon | MultiPolygon>;
  rivers: FeatureCollection<LineString | MultiLineString, { name_zh: string; name_en: string }>;
  districtLabels: FeatureCollection<
    Point,
    { adcode: string; name_zh: string; name_en: string; focus: boolean }
  >;
  /** One point, the seat of the city government, named in both languages. */
  cityLabel: FeatureCollection<Point, { name_zh: string; name_en: string }>;
  /** Province borders and the country's outline (the country-wide data). */
  provinces?: FeatureCollection<LineString | MultiLineString>;
  /** The world at country level, for a story abroad or of China in the world (scripts/tiles/world-layers.ts). */
  world?: {
    countries: FeatureCollection<Polygon | MultiPolygon>;
    borders: FeatureCollection<MultiLineString>;
    coast: FeatureCollection<MultiLineString>;
    labels: FeatureCollection<Point>;
  };
}

// The build writes every object as a GeometryCollection, so feature() always yields a FeatureCollection; the
// property shapes are guaranteed by scripts/geodata and checked by the unit tests, not re-validated here.
function layer<G extends Geometry, P = GeoJsonProperties>(
  topo: Topology,
  name: string,
): FeatureCollection<G, P> {
  const object = topo.objects[name];
  if (!object) throw new Error(`basemap: object "${name}" missing`);
  if (object.type !== 'GeometryCollection')
    throw new Error(`basemap: object "${name}" is not a GeometryCollection`);
  return feature(topo, object as GeometryCollection) as unknown as FeatureCollection<G, P>;
}

export function decodeBasemap(topo: Topology): BasemapLayers {
  return {
    land: layer(topo, 'land'),
    coastline: layer(topo, 'coastline'),
    counties: layer(topo, 'counties'),
    districts: layer(topo, 'districts'),
    outline: layer(topo, 'outline'),
    rivers: layer(topo, 'rivers'),
    districtLabels: layer(topo, 'district_labels'),
    cityLabel: layer(topo, 'city_label'),
  };
}
