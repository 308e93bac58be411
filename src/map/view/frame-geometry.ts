// How a chapter's first frame (the picture the map pane shows before MapLibre has drawn) is framed, for the build
// that draws it and the page that places it. The page frames it with CSS alone, from rules that are the same for
// every chapter (FirstFrame.svelte): the chapter's numbers are carried by the picture itself, in its own size and
// in what it covers.
//
// - A `center` view is a fixed zoom at a centre: a picture whose own size is the area it covers at that zoom,
//   centred on the view's centre, shown at its own size (object-fit: none) with its middle at the middle of the
//   padded map, where MapLibre puts the centre of a padded view.
// - A `fit` view frames its bounds in the padded map ("contain"), never closer than its chapter's cap (by default
//   BASEMAP_MAX_ZOOM). The picture covers the bounds scaled up 2^step times about their middle, and the box it is
//   fitted into is the padded map scaled up 2^step times about its middle: the contain of the one in the other
//   scales the bounds exactly as the contain of the bounds in the padded map would. object-fit: scale-down adds
//   the cap, since the picture's own size is what it covers at that cap.
import { BASEMAP_MAX_ZOOM, REGION } from '../../geo/region';
import type { Camera } from '../../story/types';
import { mercX, mercY, WORLD_PX } from './mercator';

/** A box in Mercator units: [west x, north y, east x, south y]. */
export type MercBox = [number, number, number, number];

export interface FrameGeometry {
  kind: 'fit' | 'center';
  /** The picture's box in CSS is 2^step times the padded map (one CSS rule per step). */
  step: number;
  /** What the picture covers, in Mercator units. */
  covers: MercBox;
  /** Where it draws the basemap, in Mercator units: beyond, it is sea, as the pane's own background is. */
  clip: MercBox;
  /** The zoom whose pixels are the picture's units: its detail is half a pixel at that zoom. */
  detailZoom: number;
  /**
   * The zoom a story page's usual pane shows it at, for what it draws: the live map there shows no feature of a
   * deeper zoom (a county in a view of the country), and the picture should not carry it either.
   */
  shownZoom: number;
  /** The picture's own size in CSS px. */
  width: number;
  height: number;
}

/**
 * The largest half-width of map a reader is expected to see, in CSS px: a pane 3200 px wide. Beyond it a wider
 * pane shows sea in the first frame where the live map has land (until the live map replaces it).
 */
const SEEN_HALF_PX = 1600;
/** A fit's picture covers at least this many times its bounds' largest side in every direction from its middle. */
const FIT_REACH = 4;
/** Never fewer Mercator units per side than 64 px at the closest zoom: a fit of one point is a view at the cap. */
const leastSide = (maxZoom: number) => 64 / (WORLD_PX * 2 ** maxZoom);
/**
 * The padded map the detail is drawn for: a fit on a larger one zooms in further than its detail holds (its
 * lines then stray up to a pixel or two, until the live map replaces it). A laptop's map beside the text is well
 * inside it; finer detail would weigh on every reader's page, which carries the opening's frame.
 */
const DETAIL_ROOM = [1280, 800] as const;
/** Where most readers see a fit: a story page's padded map is about half the detail's room each way, or less. */
const USUAL_ROOM = [800, 500] as const;
/** A center view's box is 2^3 padded maps: the padded map is at least 40% of the pane (camera.ts), 8 × 40% > 2. */
const CENTER_STEP = 3;
/** The CSS rules go this far: 2^13 padded maps stay well inside what a browser lays out (about 33 million px). */
const MAX_STEP = 13;

const scaleAt = (zoom: number) => WORLD_PX * 2 ** zoom;
const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** The region the Ningbo basemap covers, in Mercator units. */
export const REGION_BOX: MercBox = [
  mercX(REGION.west),
  mercY(REGION.north),
  mercX(REGION.east),
  mercY(REGION.south),
];

function around(cx: number, cy: number, halfW: number, halfH: number): MercBox {
  return [cx - halfW, cy - halfH, cx + halfW, cy + halfH];
}

function within(a: MercBox, b: MercBox): MercBox {
  return [Math.max(a[0], b[0]), Math.max(a[1], b[1]), Math.min(a[2], b[2]), Math.min(a[3], b[3])];
}

/**
 * The first frame of a chapter's camera, or null when CSS cannot show it: a tilted or turned view (pitch,
 * bearing) is not a picture scaled and moved. `dataBox`: where the story's basemap has data (the build knows it;
 * the page, which only places the picture, needs not). `maxZoom`: the chapter's own cap on a fit, where it has one
 * (ResolvedChapter.maxZoom), as the live map caps it (map-view.ts).
 */
export function frameGeometry(
  camera: Camera,
  dataBox: MercBox = REGION_BOX,
  maxZoom = BASEMAP_MAX_ZOOM,
): FrameGeometry | null {
  if (camera.pitch !== 0 || camera.bearing !== 0) return null;
  if (camera.kind === 'center') {
    const [cx, cy] = [mercX(camera.center[0]), mercY(camera.center[1])];
    const half = SEEN_HALF_PX / scaleAt(camera.zoom);
    const covers = around(cx, cy, half, half);
    const side = 2 * half * scaleAt(camera.zoom);
    return {
      kind: 'center',
      step: CENTER_STEP,
      covers,
      clip: within(covers, dataBox),
      detailZoom: camera.zoom,
      shownZoom: camera.zoom,
      width: side,
      height: side,
    };
  }
  const [w, s, e, n] = camera.bounds;
  const [cx, cy] = [(mercX(w) + mercX(e)) / 2, (mercY(n) + mercY(s)) / 2];
  // A side under 1/8 of the other never limits the fit unless the padded map is 8 times wider than tall (or
  // taller than wide); widened to that, the steps stay few.
  const least = leastSide(maxZoom);
  const [bw0, bh0] = [Math.max(mercX(e) - mercX(w), least), Math.max(mercY(s) - mercY(n), least)];
  const [bw, bh] = [Math.max(bw0, bh0 / 8), Math.max(bh0, bw0 / 8)];
  const reach = Math.max(FIT_REACH * Math.max(bw, bh), SEEN_HALF_PX / scaleAt(maxZoom));
  const step = clamp(Math.ceil(Math.log2(Math.max((2 * reach) / bw, (2 * reach) / bh))), 1, MAX_STEP);
  const f = 2 ** step;
  const covers = around(cx, cy, (f * bw) / 2, (f * bh) / 2);
  const fitIn = (room: readonly number[]) =>
    Math.min(maxZoom, Math.log2(Math.min(room[0]! / bw, room[1]! / bh) / WORLD_PX));
  const detailZoom = fitIn(DETAIL_ROOM);
  return {
    kind: 'fit',
    step,
    covers,
    clip: within(around(cx, cy, reach, reach), dataBox),
    detailZoom,
    shownZoom: fitIn(USUAL_ROOM),
    width: f * bw * scaleAt(maxZoom),
    height: f * bh * scaleAt(maxZoom),
  };
}

/**
 * The picture's outer attributes: its units (viewBox, in which frame-svg.ts draws) and its own size in CSS px. The
 * same for the file the build writes and the inline picture the page is prerendered with (FirstFrame.svelte).
 */
export function frameAttributes(g: FrameGeometry): { viewBox: string; width: string; height: string } {
  const unit = WORLD_PX * 2 ** g.detailZoom;
  const [vw, vh] = [(g.covers[2] - g.covers[0]) * unit, (g.covers[3] - g.covers[1]) * unit];
  return {
    viewBox: `0 0 ${vw.toFixed(1)} ${vh.toFixed(1)}`,
    width: g.width.toFixed(1),
    height: g.height.toFixed(1),
  };
}

/** Where a chapter's first frame is, relative to the story's folder. */
export function frameUrl(chapterId: string): string {
  return `maps/frames/${chapterId}.svg`;
}

/** A box of lon/lat in Mercator units. */
export function mercBox([west, south, east, north]: readonly [number, number, number, number]): MercBox {
  return [mercX(west), mercY(north), mercX(east), mercY(south)];
}
