// The world at country level, for a story whose places are abroad or whose views show China in the world: the
// countries outside China (geodata/sources/world/, Natural Earth 1:50m), their borders, their coasts and their
// names in both languages, and China's own outline as land under its counties, so that a view of the world shows
// China as land where its county data does not reach.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Point, Polygon } from 'geojson';
import { feature, merge, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { seenBoxes } from '../../src/map/view/story-region';
import type { ResolvedStory } from '../../src/story/types';
import { labelPoint } from '../geodata/buildBasemap';
import { MIN_ZOOM_PROP } from './tile-features';

/** Views at a shallower zoom show China in the world: the countries around it are part of the picture. */
const WORLD_VIEW_BELOW_ZOOM = 4;
/** The least zoom that names countries: below it the world is a few hundred pixels wide. */
const COUNTRY_LABEL_MIN_ZOOM = 2;

type Area = Feature<Polygon | MultiPolygon>;

export interface WorldLayers {
  /** The countries outside China, and China's outline (no name: its counties and provinces name it). */
  countries: FeatureCollection<Polygon | MultiPolygon>;
  /** Borders between countries. */
  borders: FeatureCollection<MultiLineString>;
  /** Their coasts (the edges of the countries no other country shares). */
  coast: FeatureCollection<MultiLineString>;
  /** One point a country, named in both languages. */
  labels: FeatureCollection<Point>;
}

interface CountryIn {
  name_en: string;
  name_zh?: string;
  iso_n3?: string;
  /** China, Taiwan, Hong Kong, Macau: drawn and named by China's own data. */
  china?: true;
}

const fc = <F extends Feature>(features: F[]) => ({ type: 'FeatureCollection' as const, features });
const lines = (geometry: MultiLineString): FeatureCollection<MultiLineString> =>
  fc([{ type: 'Feature', properties: {}, geometry }]);

/** Reads geodata/sources/world/ and China's counties merged into one outline. */
export function readWorld(root: string): WorldLayers {
  const world = JSON.parse(
    readFileSync(join(root, 'geodata', 'sources', 'world', 'countries.topo.json'), 'utf8'),
  ) as Topology;
  const china = JSON.parse(
    readFileSync(join(root, 'geodata', 'sources', 'china', 'counties.topo.json'), 'utf8'),
  ) as Topology;
  const countries = world.objects.countries as GeometryCollection<CountryIn>;
  const shapes = (
    feature(world, countries) as FeatureCollection<Polygon | MultiPolygon, CountryIn>
  ).features.filter((f) => !f.properties.china);
  const isChina = (g: { properties?: object | null }) =>
    (g.properties as CountryIn | undefined)?.china === true;
  const chinaOutline: Area = {
    type: 'Feature',
    properties: {},
    geometry: merge(china, (china.objects.counties as GeometryCollection).geometries as never),
  };
  const labels = shapes.map((f) => {
    const { name_en, name_zh } = f.properties;
    const point = labelPoint(f);
    return {
      ...point,
      properties: {
        // The label's key (DISTRICT_LABELS.key): the data's English name, one to a country (a code may be shared
        // by a country and its territory), and never a county's six digits.
        adcode: name_en,
        // Where the data has no Chinese name, the Chinese map shows the name the data has.
        name_zh: name_zh ?? name_en,
        name_en,
        focus: false,
        [MIN_ZOOM_PROP]: COUNTRY_LABEL_MIN_ZOOM,
      },
    };
  });
  return {
    countries: fc([...shapes.map((f) => ({ ...f, properties: {} })), chinaOutline]),
    // China's borders are its own data's (the provinces' outline), where they are drawn as the PRC claims them.
    borders: lines(mesh(world, countries, (a, b) => a !== b && !isChina(a) && !isChina(b))),
    coast: lines(mesh(world, countries, (a, b) => a === b)),
    labels: fc(labels),
  };
}

/**
 * Whether a story's map shows the world: a view of China in the world, or a place China's data does not cover
 * (`inChina`: the checker's coverage of China alone, src/check/coverage.ts).
 */
export function showsWorld(
  story: Pick<ResolvedStory, 'places' | 'chapters'>,
  inChina: (lon: number, lat: number) => boolean,
): boolean {
  if (seenBoxes(story).some((v) => v.zoom < WORLD_VIEW_BELOW_ZOOM)) return true;
  return Object.values(story.places).some(({ lon, lat }) => !inChina(lon, lat));
}
