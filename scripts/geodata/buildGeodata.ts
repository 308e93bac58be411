import type { FeatureCollection, Point } from 'geojson';
import { gazetteerFromGeoJSON } from '../../src/geo/gazetteer';
import { buildBasemap } from './buildBasemap';
import { GeodataError, SOURCE_FILES, type GeodataSources } from './readSources';

/** Output paths relative to the repository root. */
export const OUTPUT_FILES = {
  basemap: 'geodata/build/basemap.topo.json',
  gazetteer: 'geodata/gazetteer.json',
} as const;

export type GeodataOutputs = Record<keyof typeof OUTPUT_FILES, string>;

/** Hard limit for all geodata shipped to the browser, gzipped (the basemap itself targets <= 40 KB). */
export const BUDGET_GZIP_BYTES = 50 * 1024;

/** The exact bytes (as strings) of both outputs: a pure function of the sources, so builds are reproducible. */
export function buildGeodata(sources: GeodataSources): GeodataOutputs {
  const places = sources.places;
  if (!places.features.every((f) => f.geometry?.type === 'Point')) {
    throw new GeodataError(SOURCE_FILES.places, 'every feature must be a Point');
  }
  let gazetteer;
  try {
    gazetteer = gazetteerFromGeoJSON(places as FeatureCollection<Point>);
  } catch (e) {
    throw new GeodataError(SOURCE_FILES.places, (e as Error).message);
  }
  return {
    // Compact: the basemap is fetched by the browser, and whitespace would cost gzip bytes for nothing.
    basemap: JSON.stringify(buildBasemap(sources, gazetteer)) + '\n',
    gazetteer: JSON.stringify(gazetteer, null, 2) + '\n',
  };
}
