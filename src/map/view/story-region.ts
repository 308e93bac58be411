// The part of the world a story's map can show: its places, its own layers, and all that any chapter's camera
// shows in any map pane the story is read in. The basemap has to be there, and need be nowhere else.
import type { Geometry, Position } from 'geojson';
import type { ResolvedStory } from '../../story/types';
import { chapterCamera, type MapBox } from './map-view';
import { mercX, mercY, unmercY, WORLD_PX } from './mercator';

/** West, south, east, north, in degrees. */
export type LonLatBox = [number, number, number, number];

/**
 * The map panes, in CSS px, whose views bound every other's: a wider pane shows more at a centre's zoom, and a
 * pane of another shape shows more beside a fit's places. The page's map is the page's width and half its height
 * below 760 px, and the rest of the width beside the text (352–608 px) and the whole height above.
 */
export const PANES: readonly { width: number; height: number }[] = [
  // The smallest phone upright (320×568): the map is the page's width and half its height.
  { width: 320, height: 284 },
  // A phone on its side (760×375): the widest shape the page gives the map, 4:1.
  { width: 760, height: 188 },
  // The page at its narrowest beside the text (761 px wide) on a tall screen: the tallest shape, 1:2.2.
  { width: 409, height: 900 },
  // The largest map a reader is expected to see, as the first frames reckon it (frame-geometry.ts): 3200 px.
  { width: 3200, height: 1800 },
];

/**
 * The panes of a story laid out for a phone (its container at most PHONE_WIDTH wide), where a chapter's phone camera
 * shows: the page's width and half its height. A chapter's own camera is taken at every pane of PANES, phone or
 * not, so a story without phone cameras has the region it always had.
 */
export const PHONE_PANES: readonly { width: number; height: number }[] = [
  PANES[0]!,
  PANES[1]!,
  // A window narrowed to the breakpoint on a tall screen (760×2160): the largest map a phone's layout gives.
  { width: 760, height: 1080 },
];

/** MapLibre's vertical field of view (its `fov` option, left at its default). */
const FOV_DEG = 36.87;
const RAD = Math.PI / 180;

/** A box in Mercator units, grown to take in others: [west x, north y, east x, south y]. */
type MercBox = [number, number, number, number];
const grow = (b: MercBox, x: number, y: number) => {
  b[0] = Math.min(b[0], x);
  b[1] = Math.min(b[1], y);
  b[2] = Math.max(b[2], x);
  b[3] = Math.max(b[3], y);
};

/**
 * The story's region. The navigation along the map's top and the language switch along its bottom push the
 * padded map away from the edge by their height, which the build cannot know: any pushes the view's middle at most
 * as far as the camera's padding allows (camera.ts, `maxShare`), so the two extremes, all top and all bottom, are
 * taken for each pane.
 */
export function storyRegion(story: Pick<ResolvedStory, 'places' | 'chapters' | 'layers'>): LonLatBox {
  const b: MercBox = [Infinity, Infinity, -Infinity, -Infinity];
  const add = ([lon, lat]: Position) => grow(b, mercX(lon!), mercY(lat!));
  for (const p of Object.values(story.places)) add([p.lon, p.lat]);
  for (const layer of Object.values(story.layers ?? {}))
    for (const f of layer.data.features) positionsOf(f.geometry).forEach(add);
  for (const view of chapterViews(story)) for (const [x, y] of view.corners) grow(b, x, y);
  if (b[0] > b[2]) throw new Error('a story with no places, layers or chapters has no region');
  const clamp = (v: number) => Math.min(1, Math.max(0, v));
  return [clamp(b[0]) * 360 - 180, unmercY(clamp(b[3])), clamp(b[2]) * 360 - 180, unmercY(clamp(b[1]))];
}

/** What each chapter's camera shows in each pane: the corners of the ground (Mercator units) and the zoom. */
function* chapterViews(
  story: Pick<ResolvedStory, 'chapters'>,
): Generator<{ corners: [number, number][]; zoom: number }> {
  const panes = [
    ...PANES.map((p) => ({ ...p, phone: false })),
    ...PHONE_PANES.map((p) => ({ ...p, phone: true })),
  ];
  for (const chapter of story.chapters)
    for (const { width, height, phone } of panes) {
      // Without a phone camera, a phone's pane shows the chapter's own, which PANES bound already.
      if (phone && !chapter.phoneCamera) continue;
      for (const [insetTop, insetBottom] of [
        [height, 0],
        [0, height],
      ] as const) {
        const box: MapBox = { width, height, insetTop, insetBottom, phone };
        yield { corners: seen(chapter, box), zoom: chapterCamera(chapter, box).camera.zoom };
      }
    }
}

/** The box of lon/lat a chapter's camera shows in one pane, and the zoom it shows it at. */
export interface SeenBox {
  box: LonLatBox;
  zoom: number;
}

/** Every chapter's view in every pane, as boxes of lon/lat: what tiles each zoom needs (scripts/tiles/). */
export function seenBoxes(story: Pick<ResolvedStory, 'chapters'>): SeenBox[] {
  const clamp = (v: number) => Math.min(1, Math.max(0, v));
  return [...chapterViews(story)].map(({ corners, zoom }) => {
    const xs = corners.map(([x]) => clamp(x));
    const ys = corners.map(([, y]) => clamp(y));
    const box: LonLatBox = [
      Math.min(...xs) * 360 - 180,
      unmercY(Math.max(...ys)),
      Math.max(...xs) * 360 - 180,
      unmercY(Math.min(...ys)),
    ];
    return { box, zoom };
  });
}

/**
 * The corners of the ground a chapter's camera shows in `box`, in Mercator units. MapLibre puts the camera's
 * centre in the middle of the padded map; tilted, the camera sees farther beyond the top edge than below the
 * bottom, and wider there; turned, all of it turns about the centre.
 */
function seen(chapter: ResolvedStory['chapters'][number], box: MapBox): [number, number][] {
  const { camera, padding } = chapterCamera(chapter, box);
  const { left = 0, right = 0, top = 0, bottom = 0 } = padding;
  const { width: w, height: h } = box;
  // Pixels from the centre to each edge of the pane.
  const toLeft = left + (w - left - right) / 2;
  const toTop = top + (h - top - bottom) / 2;
  const [toRight, toBottom] = [w - toLeft, h - toTop];
  // The camera is as far from the centre as makes the pane's height span the field of view (MapLibre's
  // cameraToCenterDistance). A ray `a` above the middle meets the ground d·sin(a)/cos(a+pitch) beyond the centre,
  // where a pixel spans cos(pitch)·cos(a)/cos(a+pitch) times the centre's ground.
  const half = (FOV_DEG / 2) * RAD;
  const d = h / 2 / Math.tan(half);
  const pitch = camera.pitch * RAD;
  const edge = (px: number, sign: 1 | -1) => {
    const a = Math.atan(px / d);
    const c = Math.cos(a + sign * pitch);
    return { along: (d * Math.sin(a)) / c, across: (Math.cos(pitch) * Math.cos(a)) / c };
  };
  const far = edge(toTop, 1);
  const near = edge(toBottom, -1);
  const corners: [number, number][] = [
    [-toLeft * far.across, far.along],
    [toRight * far.across, far.along],
    [-toLeft * near.across, -near.along],
    [toRight * near.across, -near.along],
  ];
  const scale = WORLD_PX * 2 ** camera.zoom;
  const [cx, cy] = [mercX(camera.center[0]), mercY(camera.center[1])];
  const [sin, cos] = [Math.sin(camera.bearing * RAD), Math.cos(camera.bearing * RAD)];
  // The bearing is where the pane's top faces, clockwise from north; Mercator's y grows southwards.
  return corners.map(([x, y]) => [cx + (x * cos + y * sin) / scale, cy - (y * cos - x * sin) / scale]);
}

function positionsOf(g: Geometry): Position[] {
  switch (g.type) {
    case 'Point':
      return [g.coordinates];
    case 'MultiPoint':
    case 'LineString':
      return g.coordinates;
    case 'MultiLineString':
    case 'Polygon':
      return g.coordinates.flat();
    case 'MultiPolygon':
      return g.coordinates.flat(2);
    case 'GeometryCollection':
      return g.geometries.flatMap(positionsOf);
  }
}

/**
 * The basemap's box for a story: its region with a margin, so that a reader who drags the map at the region's
 * edge still sees ground. It bounds the live map (`maxBounds`) and is where the build cuts tiles.
 */
export function basemapBounds(story: Pick<ResolvedStory, 'places' | 'chapters' | 'layers'>): LonLatBox {
  const [w, s, e, n] = storyRegion(story);
  const dx = Math.max((e - w) * MARGIN_SHARE, MARGIN_MIN_DEG);
  const dy = Math.max((n - s) * MARGIN_SHARE, MARGIN_MIN_DEG);
  return [Math.max(-180, w - dx), Math.max(-85, s - dy), Math.min(180, e + dx), Math.min(85, n + dy)];
}

// A quarter of the region's span on each side, and at least half a degree: the whole of a county at the edge.
const MARGIN_SHARE = 0.25;
const MARGIN_MIN_DEG = 0.5;
