// A static locator map as SVG text, drawn at build time from the same layers as the live map: what readers see
// when WebGL cannot start or JavaScript is off, and what prints.
import { bboxClip, lineString, polygon } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, LineString, MultiLineString, Position } from 'geojson';
import { AUTHOR_PAINT } from '../../src/map/style/author-layers.ts';
import { PALETTE } from '../../src/map/style/palette.ts';
import { mercY, WORLD_PX } from '../../src/map/view/mercator.ts';
import { shownAt } from './shown-at.ts';
import { seaOf, worldOnly } from '../tiles/tile-features.ts';
import { cssFontFamily, MAP_FONTS } from '../../src/map/style/font-stacks.ts';
import type { BasemapLayers } from '../../src/geo/topology';

// The live map's label faces, so a static map reads as the same map.
const MAP_FAMILY = cssFontFamily(MAP_FONTS);

interface StaticPlace {
  name: string;
  lon: number;
  lat: number;
  /** Drawn as the circle it may lie in, with this radius, instead of a dot. */
  approximateM: number | null;
}

export interface StaticMapOptions {
  bounds: [number, number, number, number];
  width: number;
  height: number;
  places: StaticPlace[];
  highlight: string[];
  color: string;
  title: string;
  attribution: string;
  /** The story's own layers, drawn over the basemap and under the places. */
  layers?: StaticLayer[];
}

interface StaticLayer {
  id: string;
  color: string;
  data: FeatureCollection;
}

// Mercator y in radians of the sphere, north up, from the projection the live map uses.
const mercRad = (lat: number) => Math.PI * (1 - 2 * mercY(lat));
const r1 = (n: number) => Math.round(n * 10) / 10;
const esc = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

// `cover` fills the frame with the bounds, cropping whichever side is too long, where the default shows all of
// them: the layers end at the data box, so a frame wider than the box would show blank sea beside it.
function projector([w, s, e, n]: StaticMapOptions['bounds'], width: number, height: number, cover = false) {
  const rad = Math.PI / 180;
  const scales = [width / ((e - w) * rad), height / (mercRad(n) - mercRad(s))];
  const k = cover ? Math.max(...scales) : Math.min(...scales);
  const x0 = width / 2 - ((w + e) / 2) * rad * k;
  const y0 = height / 2 + ((mercRad(n) + mercRad(s)) / 2) * k;
  return {
    x: (lon: number) => r1(x0 + lon * rad * k),
    y: (lat: number) => r1(y0 - mercRad(lat) * k),
    metresToPx: (m: number, lat: number) => (m / (6378137 * Math.cos(lat * rad))) * k,
  };
}

/** The lines a geometry is drawn with: a polygon's rings, a line's points. */
export function rings(g: Geometry): Position[][] {
  switch (g.type) {
    case 'Polygon':
    case 'MultiLineString':
      return g.coordinates;
    case 'MultiPolygon':
      return g.coordinates.flat();
    case 'LineString':
      return [g.coordinates];
    default:
      return [];
  }
}

export function staticMapSvg(layers: BasemapLayers, o: StaticMapOptions): string {
  const p = projector(o.bounds, o.width, o.height);
  // Rings are cut to the frame (a few pixels beyond it, so that no cut edge or its stroke shows) and simplified to
  // within half a pixel: the layers cover the whole region at the detail of zoom 11, a static map a small part.
  const frame: [number, number, number, number] = [-4, -4, o.width + 4, o.height + 4];
  const clip = (pts: Position[], close: boolean): Position[][] => {
    if (pts.length < (close ? 4 : 2)) return [];
    if (close) return bboxClip(polygon([pts]), frame).geometry.coordinates as Position[][];
    const g = bboxClip(lineString(pts), frame).geometry as LineString | MultiLineString;
    return g.type === 'LineString' ? [g.coordinates] : g.coordinates;
  };
  const path = (f: Feature, close: boolean) =>
    rings(f.geometry)
      .flatMap((ring) =>
        clip(
          ring.map(([lon, lat]) => [p.x(lon!), p.y(lat!)]),
          close,
        ),
      )
      .filter((part) => part.length >= (close ? 4 : 2))
      .map((part) => {
        const pts = simplify(part as Pt[], 0.5).map(([x, y]) => `${r1(x)} ${r1(y)}`);
        return `M${pts.join('L')}${close ? 'Z' : ''}`;
      })
      .join('');
  const layer = (
    fc: FeatureCollection,
    attrs: string,
    close = true,
    keep: (f: Feature) => boolean = () => true,
  ) =>
    `<path ${attrs} d="${fc.features
      .filter(keep)
      .map((f) => path(f, close))
      .join('')}"/>`;
  const zoom = Math.log2(o.width / (o.bounds[2] - o.bounds[0]) / (WORLD_PX / 360));
  // The world's sea, land and coasts as the tiles of this zoom draw them (tile-features.ts).
  const world = (features: Feature[]): FeatureCollection =>
    shownAt({ type: 'FeatureCollection', features }, zoom);
  const focus = (f: Feature) => Boolean(f.properties?.focus);
  const lit = (f: Feature) => o.highlight.includes(String(f.properties?.adcode));
  const places = o.places
    .map((pl) => {
      const x = p.x(pl.lon);
      const y = p.y(pl.lat);
      const mark = pl.approximateM
        ? `<circle cx="${x}" cy="${y}" r="${r1(p.metresToPx(pl.approximateM, pl.lat))}" fill="${o.color}" fill-opacity="0.15" stroke="${o.color}" stroke-width="1.5" stroke-dasharray="4 3"/>`
        : `<circle cx="${x}" cy="${y}" r="5" fill="${o.color}" stroke="#fff" stroke-width="1.5"/>`;
      return `${mark}<text x="${x}" y="${r1(y - 9)}" text-anchor="middle" class="l">${esc(pl.name)}</text>`;
    })
    .join('');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${o.width} ${o.height}" width="${o.width}" height="${o.height}" role="img" aria-label="${esc(o.title)}">`,
    `<title>${esc(o.title)}</title>`,
    `<style>.l{font:600 13px ${MAP_FAMILY};fill:#1d2a33;paint-order:stroke;stroke:#fff;stroke-width:3px}.a{font:10px sans-serif;fill:#4a4740}</style>`,
    `<rect width="100%" height="100%" fill="${PALETTE.land}"/>`,
    layer(world(seaOf(layers)), `fill="${PALETTE.sea}"`),
    ...(layers.world
      ? [layer(world(worldOnly(layers.world.countries.features)), `fill="${PALETTE.land}"`)]
      : []),
    layer(layers.land, `fill="${PALETTE.land}"`),
    layer(
      shownAt(layers.counties, zoom),
      `fill="${PALETTE.county}" stroke="${PALETTE.countyLine}" stroke-width="0.6"`,
    ),
    layer(layers.districts, `fill="${PALETTE.district}" stroke="${PALETTE.districtLine}" stroke-width="0.8"`),
    layer(layers.districts, `fill="${PALETTE.focus}"`, true, focus),
    layer(layers.districts, `fill="${PALETTE.highlight}"`, true, lit),
    ...(layers.provinces
      ? [layer(layers.provinces, `fill="none" stroke="${PALETTE.outline}" stroke-width="0.6"`, false)]
      : []),
    ...(layers.world
      ? [layer(layers.world.borders, `fill="none" stroke="${PALETTE.outline}" stroke-width="0.6"`, false)]
      : []),
    // As on the live map: the coast over the counties' seaward edges, the city's outline over the coast.
    layer(layers.coastline, `fill="none" stroke="${PALETTE.coast}" stroke-width="1"`, false),
    ...(layers.world
      ? [
          layer(
            world(worldOnly(layers.world.coast.features)),
            `fill="none" stroke="${PALETTE.coast}" stroke-width="1"`,
            false,
          ),
        ]
      : []),
    layer(layers.outline, `fill="none" stroke="${PALETTE.outline}" stroke-width="1.2"`),
    ...(o.layers ?? []).map((l) => authorLayer(l, path, p)),
    places,
    `<text x="${o.width - 6}" y="${o.height - 6}" text-anchor="end" class="a">${esc(o.attribution)}</text>`,
    `</svg>`,
  ].join('');
}

type Pt = [number, number];

const isArea = (f: Feature) => f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon';
const isLine = (f: Feature) => f.geometry.type === 'LineString' || f.geometry.type === 'MultiLineString';

/** One of the story's layers, painted as the live map paints it (author-layers.ts); named for tests and print CSS. */
function authorLayer(
  l: StaticLayer,
  path: (f: Feature, close: boolean) => string,
  p: { x: (lon: number) => number; y: (lat: number) => number },
): string {
  const areas = l.data.features.filter(isArea);
  const lines = l.data.features.filter(isLine);
  const points = l.data.features.flatMap((f) =>
    f.geometry.type === 'Point'
      ? [f.geometry.coordinates]
      : f.geometry.type === 'MultiPoint'
        ? f.geometry.coordinates
        : [],
  );
  const d = (fs: Feature[], close: boolean) => fs.map((f) => path(f, close)).join('');
  const stroke = `stroke="${l.color}" stroke-width="${AUTHOR_PAINT.lineWidth}" stroke-linecap="round" stroke-linejoin="round"`;
  return [
    `<g class="author-layer" data-layer="${esc(l.id)}">`,
    areas.length
      ? `<path fill="${l.color}" fill-opacity="${AUTHOR_PAINT.fillOpacity}" ${stroke} d="${d(areas, true)}"/>`
      : '',
    lines.length ? `<path fill="none" ${stroke} d="${d(lines, false)}"/>` : '',
    ...points.map(
      ([lon, lat]) =>
        `<circle cx="${p.x(lon!)}" cy="${p.y(lat!)}" r="${AUTHOR_PAINT.circleRadius}" fill="${l.color}" stroke="${AUTHOR_PAINT.circleStroke}" stroke-width="1.5"/>`,
    ),
    `</g>`,
  ].join('');
}

/**
 * Douglas-Peucker: the fewest of a line's points that keep it within `tolerance` of where it was. A ring (first
 * point = last) works too, as the first split is at the point farthest from its start.
 */
export function simplify(points: Pt[], tolerance: number): Pt[] {
  if (points.length < 3) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const spans: [number, number][] = [[0, points.length - 1]];
  while (spans.length > 0) {
    const [a, b] = spans.pop()!;
    const [ax, ay] = points[a]!;
    const [bx, by] = points[b]!;
    const [dx, dy] = [bx - ax, by - ay];
    const len = Math.hypot(dx, dy);
    let [far, farDist] = [-1, tolerance];
    for (let i = a + 1; i < b; i++) {
      const [px, py] = points[i]!;
      const d = len === 0 ? Math.hypot(px - ax, py - ay) : Math.abs(dy * (px - ax) - dx * (py - ay)) / len;
      if (d > farDist) [far, farDist] = [i, d];
    }
    if (far < 0) continue;
    keep[far] = 1;
    spans.push([a, far], [far, b]);
  }
  return points.filter((_, i) => keep[i]);
}

function ringArea(ring: Pt[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    sum += (ring[j]![0] - ring[i]![0]) * (ring[j]![1] + ring[i]![1]);
  }
  return Math.abs(sum / 2);
}

// Relative moves on a whole-unit grid: small integers, and a minus sign doubles as the separator.
function relativePath(ring: Pt[]): string {
  const [x0, y0] = ring[0]!;
  let out = `M${x0}${y0 < 0 ? '' : ' '}${y0}l`;
  let [lx, ly] = [x0, y0];
  let first = true;
  for (const [x, y] of ring.slice(1, -1)) {
    for (const d of [x - lx, y - ly]) {
      out += (first || d < 0 ? '' : ' ') + d;
      first = false;
    }
    [lx, ly] = [x, y];
  }
  return `${out}z`;
}

/** SVG path data of polygons, drawn on whole units, simplified and without the rings too small to see. */
export function polygonPath(
  features: Feature[],
  project: (lon: number, lat: number) => Pt,
  tolerance: number,
  minArea: number,
): string {
  return features
    .flatMap((f) =>
      f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon' ? rings(f.geometry) : [],
    )
    .map((ring) => {
      const pts = simplify(
        ring.map(([lon, lat]) => project(lon!, lat!)),
        tolerance,
      ).map(([x, y]): Pt => [Math.round(x), Math.round(y)]);
      return pts.filter((p, i) => i === 0 || p[0] !== pts[i - 1]![0] || p[1] !== pts[i - 1]![1]);
    })
    .filter((ring) => ring.length >= 4 && ringArea(ring) >= minArea)
    .map(relativePath)
    .join('');
}

export interface LocatorOptions {
  bounds: [number, number, number, number];
  width: number;
  height: number;
  /** The area to show, drawn over the land and named. */
  area: FeatureCollection;
  label: { text: string; lon: number; lat: number };
  title: string;
}

// Drawn for a 150 px wide inset (96 px on a phone): a unit of the frame is about a pixel, so detail finer than
// half a unit and islands under about 3 square pixels would be invisible bytes.
const LOCATOR_TOLERANCE = 0.5;
const LOCATOR_MIN_AREA = 3;

/**
 * The opening's inset: where the story's area lies on the coast. Only what answers that is drawn (land, sea and
 * the area itself), without the county borders and coastline of the full static maps.
 */
export function locatorSvg(layers: BasemapLayers, o: LocatorOptions): string {
  const p = projector(o.bounds, o.width, o.height, true);
  const project = (lon: number, lat: number): Pt => [p.x(lon), p.y(lat)];
  const path = (fc: FeatureCollection) =>
    polygonPath(fc.features, project, LOCATOR_TOLERANCE, LOCATOR_MIN_AREA);
  const [x, y] = project(o.label.lon, o.label.lat).map(Math.round);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${o.width} ${o.height}" width="${o.width}" height="${o.height}" role="img" aria-label="${esc(o.title)}">`,
    `<title>${esc(o.title)}</title>`,
    `<rect width="100%" height="100%" fill="${PALETTE.sea}"/>`,
    // evenodd: a hole is cut out whichever way its ring winds, and rings are drawn as they come.
    `<path fill="${PALETTE.land}" fill-rule="evenodd" d="${path(layers.land)}"/>`,
    `<path fill="${PALETTE.highlight}" fill-rule="evenodd" stroke="${PALETTE.outline}" stroke-width="1" stroke-linejoin="round" d="${path(o.area)}"/>`,
    `<text x="${x}" y="${y}" text-anchor="middle" dominant-baseline="middle" font-family="${MAP_FAMILY}" font-size="13" font-weight="700" fill="#1d2a33" stroke="#fff" stroke-width="3" paint-order="stroke">${esc(o.label.text)}</text>`,
    `</svg>`,
  ].join('');
}
