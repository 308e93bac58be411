// A static locator map as SVG text, drawn at build time from the same layers as the live map: what readers see
// when WebGL cannot start or JavaScript is off, and what prints.
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import type { BasemapLayers } from './topology';

export interface StaticPlace {
  name: string;
  lon: number;
  lat: number;
  /** Drawn as the circle it may lie in, with this radius, instead of a dot. */
  approximateM: number | null;
  /** A name only, with no dot: a label for an area, not a located place. */
  labelOnly?: boolean;
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
}

const mercY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
const r1 = (n: number) => Math.round(n * 10) / 10;
const esc = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

function projector([w, s, e, n]: StaticMapOptions['bounds'], width: number, height: number) {
  const rad = Math.PI / 180;
  const k = Math.min(width / ((e - w) * rad), height / (mercY(n) - mercY(s)));
  const x0 = width / 2 - ((w + e) / 2) * rad * k;
  const y0 = height / 2 + ((mercY(n) + mercY(s)) / 2) * k;
  return {
    x: (lon: number) => r1(x0 + lon * rad * k),
    y: (lat: number) => r1(y0 - mercY(lat) * k),
    metresToPx: (m: number, lat: number) => (m / (6378137 * Math.cos(lat * rad))) * k,
  };
}

function rings(g: Geometry): Position[][] {
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
  // Rings wholly outside the frame are dropped, and points closer than a pixel to the last kept one thinned out:
  // the layers cover the whole region, a locator map shows a small part of it.
  const inFrame = (xs: number[], ys: number[]) =>
    Math.max(...xs) >= 0 && Math.min(...xs) <= o.width && Math.max(...ys) >= 0 && Math.min(...ys) <= o.height;
  const path = (f: Feature, close: boolean) =>
    rings(f.geometry)
      .map((ring) => {
        const xs = ring.map(([lon]) => p.x(lon!));
        const ys = ring.map(([, lat]) => p.y(lat!));
        if (!inFrame(xs, ys)) return '';
        const pts: string[] = [];
        let [lx, ly] = [Infinity, Infinity];
        xs.forEach((x, i) => {
          const y = ys[i]!;
          if (Math.abs(x - lx) + Math.abs(y - ly) < 1 && i !== xs.length - 1) return;
          pts.push(`${x} ${y}`);
          [lx, ly] = [x, y];
        });
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
  const focus = (f: Feature) => Boolean(f.properties?.focus);
  const lit = (f: Feature) => o.highlight.includes(String(f.properties?.adcode));
  const places = o.places
    .map((pl) => {
      const x = p.x(pl.lon);
      const y = p.y(pl.lat);
      const mark = pl.labelOnly
        ? ''
        : pl.approximateM
          ? `<circle cx="${x}" cy="${y}" r="${r1(p.metresToPx(pl.approximateM, pl.lat))}" fill="${o.color}" fill-opacity="0.15" stroke="${o.color}" stroke-width="1.5" stroke-dasharray="4 3"/>`
          : `<circle cx="${x}" cy="${y}" r="5" fill="${o.color}" stroke="#fff" stroke-width="1.5"/>`;
      const ty = pl.labelOnly ? y : r1(y - 9);
      return `${mark}<text x="${x}" y="${ty}" text-anchor="middle" class="l">${esc(pl.name)}</text>`;
    })
    .join('');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${o.width} ${o.height}" width="${o.width}" height="${o.height}" role="img" aria-label="${esc(o.title)}">`,
    `<title>${esc(o.title)}</title>`,
    `<style>.l{font:600 13px "Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;fill:#1d2a33;paint-order:stroke;stroke:#fff;stroke-width:3px}.a{font:10px sans-serif;fill:#4a4740}</style>`,
    `<rect width="100%" height="100%" fill="#d4e4ec"/>`,
    layer(layers.land, 'fill="#f3f1ec"'),
    layer(layers.counties, 'fill="#ebe8e1" stroke="#c9c4b9" stroke-width="0.6"'),
    layer(layers.districts, 'fill="#f8f7f3" stroke="#a39d90" stroke-width="0.8"'),
    layer(layers.districts, 'fill="#efe6d2"', true, focus),
    layer(layers.districts, 'fill="#e2cfa4"', true, lit),
    layer(layers.outline, 'fill="none" stroke="#6f6a60" stroke-width="1.2"'),
    layer(layers.coastline, 'fill="none" stroke="#8fb1c2" stroke-width="1"', false),
    places,
    `<text x="${o.width - 6}" y="${o.height - 6}" text-anchor="end" class="a">${esc(o.attribution)}</text>`,
    `</svg>`,
  ].join('');
}
