import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';

export const SOURCE_FILES = {
  land: 'ne10m_land_region.geojson',
  coastline: 'ne10m_coastline_region.geojson',
  counties: 'region_counties_osm.geojson',
  districts: 'ningbo_districts_osm.geojson',
  outline: 'ningbo_outline_osm.geojson',
  rivers: 'rivers_schematic_from_osm_borders.geojson',
  places: 'places_points.geojson',
} as const;

export type SourceName = keyof typeof SOURCE_FILES;
export type GeodataSources = Record<SourceName, FeatureCollection>;

/** A problem attributable to one input file; the CLI prints it as a single line. */
export class GeodataError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(message);
    this.name = 'GeodataError';
  }
}

function readFeatureCollection(path: string): FeatureCollection {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new GeodataError(path, code === 'ENOENT' ? 'file not found' : `cannot read (${code ?? String(e)})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (e) {
    throw new GeodataError(path, `invalid JSON (${(e as Error).message})`);
  }
  const fc = json as Partial<FeatureCollection> | null;
  if (fc?.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
    throw new GeodataError(path, 'not a GeoJSON FeatureCollection');
  }
  return fc as FeatureCollection;
}

/** Reads and parses the seven source files of `dir` (normally geodata/sources/). */
export function readSources(dir: string): GeodataSources {
  const entries = Object.entries(SOURCE_FILES).map(([name, file]) => [
    name,
    readFeatureCollection(join(dir, file)),
  ]);
  return Object.fromEntries(entries) as GeodataSources;
}
