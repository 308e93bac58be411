import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, FeatureCollection, Geometry, MultiPolygon } from 'geojson';
import { clipToBox, REGION_BOX, SEA_FILE } from './sea';

export const SOURCE_FILES = {
  counties: 'region_counties_osm.geojson',
  districts: 'ningbo_districts_osm.geojson',
  outline: 'ningbo_outline_osm.geojson',
  rivers: 'rivers_schematic_from_osm_borders.geojson',
  places: 'places_points.geojson',
} as const;

export type SourceName = keyof typeof SOURCE_FILES;
/** The files of geodata/sources/, and the sea already cut to the region box (the world file is 37 MB). */
export type GeodataSources = Record<SourceName, FeatureCollection> & { sea: Feature<MultiPolygon> };

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

function readJson(path: string): unknown {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new GeodataError(path, code === 'ENOENT' ? 'file not found' : `cannot read (${code ?? String(e)})`);
  }
  try {
    return JSON.parse(raw);
  } catch (e) {
    throw new GeodataError(path, `invalid JSON (${(e as Error).message})`);
  }
}

function readFeatureCollection(path: string): FeatureCollection {
  const fc = readJson(path) as Partial<FeatureCollection> | null;
  if (fc?.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
    throw new GeodataError(path, 'not a GeoJSON FeatureCollection');
  }
  return fc as FeatureCollection;
}

// The package ships a bare GeometryCollection (one MultiPolygon), not a FeatureCollection.
function readSea(path: string): Feature<MultiPolygon> {
  let world: Partial<Geometry> | null;
  try {
    world = readJson(path) as Partial<Geometry> | null;
  } catch (e) {
    const missing = e instanceof GeodataError && e.message === 'file not found';
    throw missing ? new GeodataError(path, 'file not found (`npm install` installs it)') : e;
  }
  if (world?.type !== 'GeometryCollection' && world?.type !== 'MultiPolygon' && world?.type !== 'Polygon')
    throw new GeodataError(path, 'not a GeoJSON polygon geometry');
  const sea = clipToBox(world as Geometry, REGION_BOX);
  if (sea.geometry.coordinates.length === 0) throw new GeodataError(path, 'no sea inside the region box');
  return sea;
}

/** Reads and parses the five source files of `dir` (normally geodata/sources/) and the sea polygon. */
export function readSources(dir: string, seaFile = SEA_FILE): GeodataSources {
  const entries = Object.entries(SOURCE_FILES).map(([name, file]) => [
    name,
    readFeatureCollection(join(dir, file)),
  ]);
  return { ...(Object.fromEntries(entries) as Record<SourceName, FeatureCollection>), sea: readSea(seaFile) };
}
