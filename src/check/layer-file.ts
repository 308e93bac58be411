// Checks one of a story's own GeoJSON layer files: strict JSON, a FeatureCollection of points, lines and areas in
// WGS84, every coordinate where the basemap has data, no polygon crossing itself. Every problem is located in the
// layer file itself. Nothing is rounded or repaired: what the editor wrote is what is drawn, or it is refused.
import { firstCrossing } from './first-crossing';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import type { Coverage } from './coverage';
import { lineCol, parseJson } from './parse-json.ts';
import type { Problem } from './problem';
import type { LayerKind } from '../story/types';

export type LayerFileResult =
  | { ok: true; data: FeatureCollection<Geometry, Record<string, never>>; kinds: LayerKind[] }
  | { ok: false; problems: Problem[] };

const KIND: Record<string, LayerKind> = {
  Point: 'point',
  MultiPoint: 'point',
  LineString: 'line',
  MultiLineString: 'line',
  Polygon: 'area',
  MultiPolygon: 'area',
};

/** The names GeoJSON files have used for WGS84 longitude/latitude (the 2008 format's `crs` member). */
const WGS84_NAMES = new Set([
  'urn:ogc:def:crs:OGC:1.3:CRS84',
  'urn:ogc:def:crs:OGC::CRS84',
  'urn:ogc:def:crs:EPSG::4326',
  'EPSG:4326',
]);

// One mistake repeated (a whole file in the wrong projection) would otherwise be thousands of lines.
const MAX_PROBLEMS = 20;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function shown(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return `a list of ${v.length}`;
  if (typeof v === 'object') return 'an object';
  const s = JSON.stringify(v);
  return s.length > 40 ? `${s.slice(0, 37)}…` : s;
}

export function checkLayerFile(file: string, text: string, coverage: Coverage): LayerFileResult {
  const json = parseJson(text);
  if (!json.ok)
    return {
      ok: false,
      problems: [{ file, ...lineCol(text, json.offset), message: `not valid JSON: ${json.message}` }],
    };
  const problems: Problem[] = [];
  const at = (node: object, message: string, hint?: string, key?: string) => {
    if (problems.length < MAX_PROBLEMS)
      problems.push({ file, ...lineCol(text, json.offsetOf(node, key)), message, ...(hint ? { hint } : {}) });
  };
  const root = json.value;
  if (!isObject(root) || root.type !== 'FeatureCollection' || !Array.isArray(root.features)) {
    const what = isObject(root) ? `type ${shown(root.type)}` : shown(root);
    return {
      ok: false,
      problems: [
        {
          file,
          ...lineCol(text, isObject(root) ? json.offsetOf(root) : 0),
          message: `expected a GeoJSON FeatureCollection with a "features" list, found ${what}`,
          hint: 'wrap the geometries as {"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": …}]}',
        },
      ],
    };
  }
  crsProblem(root.crs, (message, hint) => at(root, message, hint, 'crs'));

  const features: Feature<Geometry, Record<string, never>>[] = [];
  const kinds = new Set<LayerKind>();
  root.features.forEach((f: unknown, i) => {
    const where = `features[${i}]`;
    if (!isObject(f) || f.type !== 'Feature') {
      at(
        isObject(f) ? f : (root.features as object),
        `${where}: expected a Feature, found ${isObject(f) ? `type ${shown(f.type)}` : shown(f)}`,
        undefined,
        isObject(f) ? 'type' : undefined,
      );
      return;
    }
    const g = f.geometry;
    if (!isObject(g)) {
      at(
        f,
        `${where}.geometry: expected a geometry (Point, LineString, Polygon or their Multi forms), found ${shown(g)}`,
        undefined,
        'geometry',
      );
      return;
    }
    const kind = typeof g.type === 'string' && Object.hasOwn(KIND, g.type) ? KIND[g.type]! : undefined;
    if (!kind) {
      at(
        g,
        `${where}.geometry.type: expected Point, MultiPoint, LineString, MultiLineString, Polygon or MultiPolygon, found ${shown(g.type)}`,
        undefined,
        'type',
      );
      return;
    }
    const before = problems.length;
    const coordinates = g.coordinates;
    if (!Array.isArray(coordinates)) {
      at(
        g,
        `${where}.geometry.coordinates: expected a list, found ${shown(coordinates)}`,
        undefined,
        'coordinates',
      );
      return;
    }
    checkCoordinates(g.type as string, coordinates, `${where}.geometry.coordinates`, at, coverage);
    if (problems.length > before) return;
    if (kind === 'area') selfCrossings(coordinates, g.type === 'Polygon', `${where}.geometry`, at);
    if (problems.length > before) return;
    kinds.add(kind);
    // Only the geometry is kept: properties are the editor's notes, and shipping them would be shipping unchecked text.
    features.push({ type: 'Feature', properties: {}, geometry: { type: g.type, coordinates } as Geometry });
  });
  if (features.length === 0 && problems.length === 0)
    at(root, 'the layer has no features: expected at least one point, line or area');
  if (problems.length > 0) return { ok: false, problems };
  const order: LayerKind[] = ['area', 'line', 'point'];
  return {
    ok: true,
    data: { type: 'FeatureCollection', features },
    kinds: order.filter((k) => kinds.has(k)),
  };
}

function crsProblem(crs: unknown, report: (message: string, hint?: string) => void): void {
  if (crs === undefined) return;
  const name = isObject(crs) && isObject(crs.properties) ? crs.properties.name : undefined;
  if (typeof name === 'string' && WGS84_NAMES.has(name)) return;
  report(
    `crs: the map takes WGS84 longitude/latitude only, found ${typeof name === 'string' ? shown(name) : shown(crs)}`,
    'convert the file to WGS84 (EPSG:4326), e.g. ogr2ogr -t_srs EPSG:4326, and drop the "crs" member',
  );
}

type Report = (node: object, message: string, hint?: string) => void;

/** Nesting, position and ring rules of each geometry type; every position where the basemap has data. */
function checkCoordinates(type: string, c: unknown[], path: string, at: Report, coverage: Coverage): void {
  const rings = (poly: unknown[], here: string) => {
    if (poly.length === 0) at(poly, `${here}: a polygon needs at least one ring, found none`);
    list(poly, here, at, (r, p) => ring(r, p, at, coverage));
  };
  switch (type) {
    case 'Point':
      return position(c, path, at, coverage);
    case 'MultiPoint':
      return positions(c, path, at, coverage, 1);
    case 'LineString':
      return positions(c, path, at, coverage, 2);
    case 'MultiLineString':
      return list(c, path, at, (l, p) => positions(l, p, at, coverage, 2));
    case 'Polygon':
      return rings(c, path);
    default:
      return list(c, path, at, rings);
  }
}

function list(c: unknown[], path: string, at: Report, each: (child: unknown[], path: string) => void): void {
  if (c.length === 0) at(c, `${path}: expected at least one part, found an empty list`);
  c.forEach((child, j) => {
    if (Array.isArray(child)) each(child, `${path}[${j}]`);
    else at(c, `${path}[${j}]: expected a list, found ${shown(child)}`);
  });
}

function positions(c: unknown[], path: string, at: Report, coverage: Coverage, least: number): void {
  if (c.length < least) at(c, `${path}: expected at least ${least} position(s), found ${c.length}`);
  c.forEach((p, j) => {
    if (Array.isArray(p)) position(p, `${path}[${j}]`, at, coverage);
    else at(c, `${path}[${j}]: expected a position [lon, lat], found ${shown(p)}`);
  });
}

function ring(r: unknown[], path: string, at: Report, coverage: Coverage): void {
  if (r.length < 4) {
    at(r, `${path}: a polygon ring needs at least 4 positions (the first repeated last), found ${r.length}`);
    return;
  }
  positions(r, path, at, coverage, 4);
  const [a, b] = [r[0], r[r.length - 1]];
  if (Array.isArray(a) && Array.isArray(b) && (a[0] !== b[0] || a[1] !== b[1]))
    at(
      r,
      `${path}: the ring is not closed: its last position ${JSON.stringify(b)} should repeat its first ${JSON.stringify(a)}`,
      'end the ring with a copy of its first position',
    );
}

function position(p: unknown[], path: string, at: Report, coverage: Coverage): void {
  const [lon, lat] = p;
  if (p.length < 2 || p.length > 3 || !p.every((n) => typeof n === 'number' && Number.isFinite(n))) {
    at(p, `${path}: expected a position [lon, lat] of numbers, found ${JSON.stringify(p).slice(0, 40)}`);
    return;
  }
  if (coverage.covers(lon as number, lat as number)) return;
  const swapped = coverage.covers(lat as number, lon as number);
  const projected = Math.abs(lon as number) > 180 || Math.abs(lat as number) > 90;
  at(
    p,
    swapped
      ? `${path}: lon and lat look swapped (${lon}, ${lat})`
      : `${path}: expected a position ${coverage.what}, found (${lon}, ${lat}), where the basemap has no data`,
    swapped
      ? 'GeoJSON writes [lon, lat]: east–west first'
      : projected
        ? 'these look like projected metres, not degrees: convert the file to WGS84 (EPSG:4326)'
        : undefined,
  );
}

/** A ring that crosses itself has no inside a reader could trust: its first crossing is reported. */
function selfCrossings(c: unknown[], single: boolean, path: string, at: Report): void {
  const polygons = (single ? [c] : c) as Position[][][];
  polygons.forEach((rings, i) => {
    const crossing = firstCrossing(rings);
    if (!crossing) return;
    const [lon, lat] = crossing as [number, number];
    at(
      single ? c : (c[i] as object),
      `${path}${single ? '' : `.coordinates[${i}]`}: the polygon crosses itself near (${lon.toFixed(5)}, ${lat.toFixed(5)})`,
      'a ring must not cross itself or another ring of its polygon: redraw it, or split it into a MultiPolygon',
    );
  });
}
