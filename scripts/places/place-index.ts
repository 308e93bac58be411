// Every place the project's own data can name, as search records: the stories' gazetteer, China's county-level
// divisions, Natural Earth's populated places in China and the world's countries (geodata/PROVENANCE.md). Read
// in Node only (the dev server, the place and draft commands): the outlines are 3 MB and never reach a page.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { booleanPointInPolygon, centerOfMass, distance, pointOnFeature } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Gazetteer } from '../../src/geo/gazetteer';
import { englishName } from '../tiles/english-name.ts';
import { latinKey, type PlaceRecord } from './place-search.ts';

const file = (path: string) => fileURLToPath(new URL(`../../geodata/${path}`, import.meta.url));
const readJson = <T>(path: string) => JSON.parse(readFileSync(file(path), 'utf8')) as T;

/**
 * Natural Earth states no positional accuracy for its populated places. They are compiled for 1:10m maps, where
 * half a millimetre, about what a drawn point can be trusted to, is 5 km on the ground; and the point stands for a
 * whole city, not an address. So: 5 km, drawn as an area.
 */
const NE_PRECISION_M = 5000;

type Area = Feature<Polygon | MultiPolygon>;

/**
 * A point inside an outline (its centre of mass when that lies inside, as a crescent's or an archipelago's may
 * not), and how far its farthest edge is, rounded up to the km: the point is not the place, the place is
 * somewhere within that radius of it. No finer precision would be honest for a county or a country.
 */
function pointWithin(area: Area): { lon: number; lat: number; radius_m: number } {
  const centre = centerOfMass(area);
  const inside = booleanPointInPolygon(centre, area) ? centre : pointOnFeature(area);
  const [lon, lat] = inside.geometry.coordinates as [number, number];
  const rings: Position[][] =
    area.geometry.type === 'Polygon' ? area.geometry.coordinates : area.geometry.coordinates.flat();
  let far = 0;
  for (const ring of rings)
    for (const v of ring) far = Math.max(far, distance([lon, lat], v, { units: 'kilometers' }));
  return { lon: round(lon), lat: round(lat), radius_m: Math.ceil(far) * 1000 };
}

// Four decimals is 11 m: finer than any precision here, and short to paste.
const round = (v: number) => Math.round(v * 1e4) / 1e4;

const KIND_WORDS =
  /\s+(Autonomous County|Autonomous Banner|Forestry District|Special District|District|County|City|Banner)$/;

/** An id from an English name, as a story writes one ("Haishu District" → haishu). */
function idOf(english: string | null, fallback: string): string {
  const id = (english ?? '')
    .replace(KIND_WORDS, '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return id || fallback;
}

function gazetteerRecords(): PlaceRecord[] {
  const gazetteer = readJson<Gazetteer>('gazetteer.json');
  return Object.values(gazetteer).map((p) => ({
    kind: 'gazetteer',
    id: p.id,
    name: { zh: p.name.zh, en: p.name.en },
    zhNames: [p.name.zh, p.label_original.zh.replace(/\(.*$/, '')],
    latinNames: [p.name.en, p.id],
    lon: p.lon,
    lat: p.lat,
    precision_m: p.precision_m,
    approximate: p.approximate,
    precisionNote: p.precision_note,
    source: p.source,
    where: 'geodata/gazetteer.json',
  }));
}

interface CountyProps {
  adcode: string;
  name_zh: string;
  pinyin: string | null;
}

function countyRecords(): PlaceRecord[] {
  const topo = readJson<Topology>('sources/china/counties.topo.json');
  const divisions = readJson<Record<string, string>>('sources/china/divisions.json');
  const counties = feature(
    topo,
    topo.objects.counties as GeometryCollection<CountyProps>,
  ) as FeatureCollection<Polygon | MultiPolygon, CountyProps>;
  return counties.features.map((f) => {
    const { adcode, name_zh, pinyin } = f.properties;
    const en = englishName(adcode, name_zh, pinyin);
    const { lon, lat, radius_m } = pointWithin(f);
    const where = [divisions[adcode.slice(0, 2)], divisions[adcode.slice(0, 4)]].filter(Boolean).join(' ');
    return {
      kind: 'county',
      id: idOf(en, `county-${adcode}`),
      name: { zh: name_zh, en },
      zhNames: [name_zh],
      latinNames: [en ?? '', (pinyin ?? '').replace(/\s*[[(].*$/, '')],
      lon,
      lat,
      precision_m: radius_m,
      approximate: true,
      precisionNote: `somewhere in the county ${adcode}: a point inside it and the distance to its farthest edge`,
      source: `a point inside the county-level division ${adcode} ${name_zh} (${where}), with precision_m the distance to its farthest edge: mapchina outlines from OpenStreetMap, ODbL 1.0, © OpenStreetMap contributors (geodata/sources/china/counties.topo.json)`,
      where,
    };
  });
}

interface NeProps {
  NAME: string;
  NAME_ZH: string | null;
  NAME_EN: string | null;
  NAMEASCII: string;
  ADM1NAME: string | null;
  ADM0NAME: string;
  GEONAMEID: number;
}

function populatedPlaceRecords(): PlaceRecord[] {
  const places = readJson<FeatureCollection<Point, NeProps>>(
    'sources/china/ne10m_populated_places_china.geojson',
  );
  return places.features.map((f) => {
    const p = f.properties;
    const [lon, lat] = f.geometry.coordinates as [number, number];
    const en = p.NAME_EN ?? p.NAME;
    const zh = p.NAME_ZH ?? '';
    return {
      kind: 'populated-place',
      id: idOf(en, `ne-${latinKey(p.NAMEASCII)}`),
      name: { zh, en },
      zhNames: zh ? [zh] : [],
      latinNames: [en, p.NAME, p.NAMEASCII],
      lon: round(lon),
      lat: round(lat),
      precision_m: NE_PRECISION_M,
      approximate: true,
      precisionNote: 'a city point of Natural Earth 1:10m: about 5 km',
      source: `Natural Earth 10m populated places (public domain): ${p.NAME}${p.ADM1NAME ? `, ${p.ADM1NAME}` : ''}, ${p.ADM0NAME}; a point for the whole city, good to about 5 km at 1:10m (geodata/sources/china/ne10m_populated_places_china.geojson)`,
      where: [p.ADM1NAME, p.ADM0NAME].filter(Boolean).join(', '),
    };
  });
}

interface CountryProps {
  name_en: string;
  name_zh?: string;
  iso_a2?: string;
}

function countryRecords(): PlaceRecord[] {
  const topo = readJson<Topology>('sources/world/countries.topo.json');
  const countries = feature(
    topo,
    topo.objects.countries as GeometryCollection<CountryProps>,
  ) as FeatureCollection<Polygon | MultiPolygon, CountryProps>;
  return countries.features.map((f) => {
    const p = f.properties;
    const { lon, lat, radius_m } = pointWithin(f);
    return {
      kind: 'country',
      id: idOf(p.name_en, `country-${p.iso_a2 ?? 'x'}`),
      name: { zh: p.name_zh ?? '', en: p.name_en },
      zhNames: p.name_zh ? [p.name_zh] : [],
      latinNames: [p.name_en],
      lon,
      lat,
      precision_m: radius_m,
      approximate: true,
      precisionNote: 'somewhere in the country: a point inside it and the distance to its farthest edge',
      source: `a point inside ${p.name_en}, with precision_m the distance to its farthest edge: Natural Earth 1:50m countries via world-atlas 2.0.2, public domain (geodata/sources/world/countries.topo.json)`,
      where: p.name_en,
    };
  });
}

let index: PlaceRecord[] | undefined;

/** Read once (about a second: the county outlines are measured for their points and radii). */
export function loadPlaceIndex(): PlaceRecord[] {
  index ??= [...gazetteerRecords(), ...countyRecords(), ...populatedPlaceRecords(), ...countryRecords()];
  return index;
}
