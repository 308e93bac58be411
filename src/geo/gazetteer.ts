import type { Feature, FeatureCollection, GeoJsonProperties, Point } from 'geojson';

import { locale, perLang } from '../locale/locales';
import type { LocalText } from '../locale/locales';

export interface Place {
  id: string;
  name: LocalText;
  label_original: LocalText;
  lon: number;
  lat: number;
  crs: 'WGS84';
  crs_note: string;
  precision_m: number;
  precision_note: string;
  approximate: boolean;
  group: string;
  source: string;
  licence: string;
  status?: string;
  check?: { source: string; lon: number; lat: number; km: number };
}

export type Gazetteer = Record<string, Place>;

// Only these spellings are known to be WGS84; a GCJ-02/BD-09 point (several hundred metres off around Ningbo)
// must never slip in unnoticed, so anything else is rejected rather than guessed.
const ACCEPTED_CRS = /^(WGS ?84\b|presumed WGS84\/CGCS2000\b)/;

// A stated uncertainty is a number after ±, +/-, ~ or "about"; a bare distance ("lies 2.7 km NW") is not one.
// A range ("±0.5–1 km") counts as its upper bound.
const STATED_PRECISION =
  /(?:±|\+\/-|~|\babout\s)\s*(\d+(?:\.\d+)?)(?:\s*[–-]\s*(\d+(?:\.\d+)?))?\s*(km|m)\b/i;

/**
 * Map radius, in metres, for how far the point may be from the real place.
 * Why this order: a figure stated by whoever picked the point is the best estimate we have. Without one, the
 * distance to the independent check source is how far two sources disagree, so the radius must at least cover
 * it; rounding up to 500 m steps keeps the UI from claiming more accuracy than that agreement supports.
 * With neither, there is no honest number, and inventing one would hide the gap: fail instead.
 */
export function precisionMetres(id: string, precision: string, checkKm: number | null): number {
  const m = STATED_PRECISION.exec(precision);
  if (m) {
    const value = Number(m[2] ?? m[1]);
    return m[3]!.toLowerCase() === 'km' ? Math.round(value * 1000) : Math.round(value);
  }
  if (checkKm !== null) return Math.max(500, Math.ceil(Math.round(checkKm * 1000) / 500) * 500);
  throw new Error(`place "${id}": precision "${precision}" states no distance and there is no check_km`);
}

// Approximate at the source, or a stand-in: a nearby feature picked to represent the place (a school for a
// subdistrict, a park for a town of unknown extent). However precisely a stand-in is located, it is not where the
// place is, so it is drawn and named as approximate whatever its precision.
const STAND_IN = /\bapproximate\b|\bproxy\b|代用点|近似/i;

function text(id: string, props: Record<string, unknown>, key: string): string {
  const v = props[key];
  if (typeof v !== 'string' || v.trim() === '') throw new Error(`place "${id}": "${key}" missing or empty`);
  return v;
}

function optionalNumber(props: Record<string, unknown>, key: string): number | null {
  const v = props[key];
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

function placeFromFeature(f: Feature<Point, GeoJsonProperties>, index: number): Place {
  const props = (f.properties ?? {}) as Record<string, unknown>;
  const id = typeof props.id === 'string' && props.id ? props.id : `#${index}`;
  if (f.geometry?.type !== 'Point') throw new Error(`place "${id}": geometry is not a Point`);
  const [lon, lat] = f.geometry.coordinates;
  if (lon === undefined || lat === undefined || !Number.isFinite(lon) || !Number.isFinite(lat))
    throw new Error(`place "${id}": coordinates not finite`);
  text(id, props, 'id');

  const crsNote = text(id, props, 'crs');
  if (!ACCEPTED_CRS.test(crsNote)) throw new Error(`place "${id}": crs "${crsNote}" is not WGS84`);
  const precisionNote = text(id, props, 'precision');
  const checkKm = optionalNumber(props, 'check_km');
  // Each language's name is its locale's name_* property, shown without the source's notes (its placeName).
  const labels = perLang((l) => text(id, props, locale(l).labelField));

  const place: Place = {
    id,
    name: perLang((l) => locale(l).placeName(labels[l])),
    label_original: labels,
    lon,
    lat,
    crs: 'WGS84',
    crs_note: crsNote,
    precision_m: precisionMetres(id, precisionNote, checkKm),
    precision_note: precisionNote,
    approximate: [precisionNote, ...Object.values(labels)].some((t) => STAND_IN.test(t)),
    group: text(id, props, 'group'),
    source: text(id, props, 'source'),
    licence: text(id, props, 'licence'),
  };
  if (typeof props.status === 'string') place.status = props.status;
  const checkLon = optionalNumber(props, 'check_lon');
  const checkLat = optionalNumber(props, 'check_lat');
  if (checkLon !== null && checkLat !== null && checkKm !== null) {
    place.check = { source: text(id, props, 'check_source'), lon: checkLon, lat: checkLat, km: checkKm };
  }
  return place;
}

/** Places keyed by id, inserted in id order so that serialising the result is stable. */
export function gazetteerFromGeoJSON(fc: FeatureCollection<Point>): Gazetteer {
  const places = fc.features.map(placeFromFeature).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const gazetteer: Gazetteer = {};
  for (const p of places) {
    if (p.id in gazetteer) throw new Error(`place "${p.id}": duplicate id`);
    gazetteer[p.id] = p;
  }
  return gazetteer;
}
