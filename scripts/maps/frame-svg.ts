// A chapter's first frame as SVG text, drawn at build time as the live map draws the chapter (basemap-style.ts):
// the same ground, lines, highlights and uncertainty areas, in the same order and colours. Lines keep their width
// in screen pixels however the picture is scaled (non-scaling-stroke), as MapLibre's do. No labels and no markers:
// MapLibre's keep their pixel size at any zoom while a scaled picture's would not, so they appear with the live map
// rather than jump at the swap.
import { bboxClip, lineString, polygon } from '@turf/turf';
import type { Feature, FeatureCollection, LineString, MultiLineString, Position } from 'geojson';
import { AUTHOR_PAINT } from '../../src/map/style/author-layers.ts';
import { PALETTE, STROKE } from '../../src/map/style/palette.ts';
import { frameAttributes, type FrameGeometry } from '../../src/map/view/frame-geometry.ts';
import { mercX, mercY, WORLD_PX } from '../../src/map/view/mercator.ts';
import { rings, simplify } from './static-map.ts';
import { shownAt } from './shown-at.ts';
import { seaOf, worldOnly } from '../tiles/tile-features.ts';
import type { BasemapLayers } from '../../src/geo/topology';

export interface FrameContent {
  /** District adcodes the chapter emphasises. */
  highlight: readonly string[];
  /** The uncertainty areas of the places the chapter marks. */
  areas: FeatureCollection;
  /**
   * The story's own layers the chapter shows: their areas and lines. Their points are left to the live map, as
   * markers are (they keep their pixel size, a scaled picture's would not).
   */
  layers?: { id: string; color: string; data: FeatureCollection }[];
}

type Pt = [number, number];

/** Path data on whole units: an absolute start, then relative moves (small numbers, a minus sign separates). */
function encode(points: Pt[], closed: boolean): string {
  const pts = points
    .map(([x, y]): Pt => [Math.round(x), Math.round(y)])
    .filter((p, i, all) => i === 0 || p[0] !== all[i - 1]![0] || p[1] !== all[i - 1]![1]);
  if (pts.length < (closed ? 4 : 2)) return '';
  let out = `M${pts[0]![0]} ${pts[0]![1]}l`;
  const moves = (closed ? pts.slice(0, -1) : pts).slice(1);
  let [lx, ly] = pts[0]!;
  moves.forEach(([x, y], i) => {
    for (const [j, d] of [x - lx, y - ly].entries()) out += (d < 0 || (i === 0 && j === 0) ? '' : ' ') + d;
    [lx, ly] = [x, y];
  });
  return closed ? `${out}z` : out;
}

/** A chapter's first frame as an SVG file: for a page opened at that chapter, or an embed. */
export function frameSvg(layers: BasemapLayers, g: FrameGeometry, content: FrameContent): string {
  const { viewBox, width, height } = frameAttributes(g);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${viewBox}" width="${width}" height="${height}">`,
    frameMarkup(layers, g, content),
    `</svg>`,
  ].join('');
}

/**
 * What the picture draws, inside its <svg>: the file's content, and what the build puts into the story page's
 * prerendered opening frame (render-page.ts), so that it paints with the text.
 */
export function frameMarkup(layers: BasemapLayers, g: FrameGeometry, content: FrameContent): string {
  const unit = WORLD_PX * 2 ** g.detailZoom;
  const [x0, y0] = [g.covers[0], g.covers[1]];
  const project = ([lon, lat]: Position): Pt => [(mercX(lon!) - x0) * unit, (mercY(lat!) - y0) * unit];
  // Cut a few units beyond the clip, so that no cut edge or its stroke shows inside it.
  const cut: [number, number, number, number] = [
    (g.clip[0] - x0) * unit - 4,
    (g.clip[1] - y0) * unit - 4,
    (g.clip[2] - x0) * unit + 4,
    (g.clip[3] - y0) * unit + 4,
  ];
  const parts = (ring: Position[], closed: boolean): Pt[][] => {
    const pts = ring.map(project);
    if (pts.length < (closed ? 4 : 2)) return [];
    if (closed) return bboxClip(polygon([pts]), cut).geometry.coordinates as Pt[][];
    const clipped = bboxClip(lineString(pts), cut).geometry as LineString | MultiLineString;
    return (clipped.type === 'LineString' ? [clipped.coordinates] : clipped.coordinates) as Pt[][];
  };
  const d = (f: Feature, closed: boolean) =>
    rings(f.geometry)
      .flatMap((ring) => parts(ring, closed))
      .map((p) => encode(simplify(p, 0.5), closed))
      .join('');
  // One path per feature: with evenodd a hole is cut whichever way its ring winds, and separate features that
  // overlap do not cut each other.
  const fills = (features: Feature[], fill: (f: Feature) => string, extra = '') =>
    features
      .map((f) => [d(f, true), fill(f)] as const)
      .filter(([path]) => path)
      .map(([path, colour]) => `<path fill="${colour}"${extra} d="${path}"/>`)
      .join('');
  const strokes = (features: Feature[], closed: boolean, attrs: string) => {
    const path = features.map((f) => d(f, closed)).join('');
    return path ? `<path fill="none" ${attrs} vector-effect="non-scaling-stroke" d="${path}"/>` : '';
  };
  const lit = new Set(content.highlight);
  const district = (f: Feature) =>
    lit.has(String(f.properties?.adcode))
      ? PALETTE.highlight
      : f.properties?.focus
        ? PALETTE.focus
        : PALETTE.district;
  type Stroke = { width: number; dash?: readonly number[] };
  // MapLibre's dashes are in units of the line's width; SVG's in px.
  const line = ({ width, dash }: Stroke) =>
    `stroke-width="${width}"` +
    (dash ? ` stroke-dasharray="${dash.map((d) => Math.round(d * width * 100) / 100).join(' ')}"` : '');
  const width = (n: number) => `stroke-width="${n}"`;
  const [vw, vh] = [(g.covers[2] - x0) * unit, (g.covers[3] - y0) * unit];
  const counties = shownAt(layers.counties, g.shownZoom);
  // As the tiles of the frame's zoom draw them: the world's sea, land and coasts only at the zooms that show it.
  const shown = (features: Feature[]) =>
    shownAt({ type: 'FeatureCollection', features }, g.shownZoom).features;
  return [
    // As the live map: land beyond the data, the sea under the data's land (scripts/tiles/tile-features.ts).
    `<rect x="0" y="0" width="${vw.toFixed(1)}" height="${vh.toFixed(1)}" fill="${PALETTE.land}"/>`,
    // The live map's ground is not antialiased either (its edges lie under the lines).
    `<g shape-rendering="crispEdges" fill-rule="evenodd">`,
    fills(shown(seaOf(layers)), () => PALETTE.sea),
    fills(shown(worldOnly(layers.world?.countries.features)), () => PALETTE.land),
    fills(layers.land.features, () => PALETTE.land),
    fills(counties.features, () => PALETTE.county),
    fills(layers.districts.features, district),
    `</g>`,
    strokes(layers.districts.features, true, `stroke="${PALETTE.districtLine}" ${line(STROKE.district)}`),
    strokes(counties.features, true, `stroke="${PALETTE.countyLine}" ${line(STROKE.county)}`),
    strokes(layers.provinces?.features ?? [], false, `stroke="${PALETTE.outline}" ${line(STROKE.county)}`),
    strokes(
      layers.world?.borders.features ?? [],
      false,
      `stroke="${PALETTE.outline}" ${line(STROKE.county)}`,
    ),
    strokes(layers.coastline.features, false, `stroke="${PALETTE.coast}" ${line(STROKE.coast)}`),
    strokes(
      shown(worldOnly(layers.world?.coast.features)),
      false,
      `stroke="${PALETTE.coast}" ${line(STROKE.coast)}`,
    ),
    strokes(layers.rivers.features, false, `stroke="${PALETTE.river}" ${line(STROKE.river)}`),
    strokes(layers.outline.features, true, `stroke="${PALETTE.outline}" ${line(STROKE.outline)}`),
    fills(content.areas.features, () => PALETTE.area, ` fill-opacity="${STROKE.area.fillOpacity}"`),
    strokes(content.areas.features, true, `stroke="${PALETTE.area}" ${line(STROKE.area)}`),
    ...(content.layers ?? []).map((l) => {
      const areas = l.data.features.filter((f) => /Polygon$/.test(f.geometry.type));
      const lines = l.data.features.filter((f) => /LineString$/.test(f.geometry.type));
      const stroke = `stroke="${l.color}" ${width(AUTHOR_PAINT.lineWidth)} stroke-linecap="round" stroke-linejoin="round"`;
      return [
        `<g class="author-layer" data-layer="${l.id}">`,
        fills(areas, () => l.color, ` fill-opacity="${AUTHOR_PAINT.fillOpacity}"`),
        strokes(areas, true, stroke),
        strokes(lines, false, stroke),
        `</g>`,
      ].join('');
    }),
  ].join('');
}
