// A story's region takes in all that any chapter's camera shows at any supported pane: checked against numbers
// worked out by hand for the largest pane, and against a ray cast in three dimensions for a tilted camera.
import { describe, expect, it } from 'vitest';
import type { Camera, ResolvedChapter, ResolvedLayer, ResolvedPlace } from '../../src/story/types';
import { cameraPadding } from '../../src/map/view/camera';
import { unmercY } from '../../src/map/view/mercator';
import { PANES, PHONE_PANES, storyRegion } from '../../src/map/view/story-region';

const chapter = (camera: Camera, maxZoom?: number) =>
  ({ camera, ...(maxZoom === undefined ? {} : { maxZoom }) }) as ResolvedChapter;
const centre = (zoom: number, pitch = 0, bearing = 0): Camera => ({
  kind: 'center',
  center: [100, 0],
  zoom,
  pitch,
  bearing,
});
const region = (chapters: ResolvedChapter[], extra: Partial<Parameters<typeof storyRegion>[0]> = {}) =>
  storyRegion({ places: {}, chapters, layers: undefined, ...extra });

// At zoom 4 the world is 512 × 16 = 8192 px across, and the equator is the middle of Mercator's square.
const WORLD = 8192;
const lonAt = (px: number) => 100 + (px / WORLD) * 360;
const latAt = (pxNorth: number, world = WORLD) => unmercY(0.5 - pxNorth / world);

// The largest pane, 3200 × 1800, with the navigation taking all it may at the top (camera.ts: top 1800 + 56 and
// bottom 64 + 24 px, scaled to 60% of the height: 1031 and 48) puts the centre 1031 + (1800 − 1079) / 2 = 1391.5 px
// below the top edge; with the language switch taking all at the bottom, 1373.5 px above the bottom edge.
const TO_TOP = 1391.5;
const TO_BOTTOM = 1373.5;

describe("a story's region", () => {
  it('holds what a centre view shows in the largest pane, and no more', () => {
    const [w, s, e, n] = region([chapter(centre(4))]);
    expect(w).toBeCloseTo(lonAt(-1600), 9);
    expect(e).toBeCloseTo(lonAt(1600), 9);
    expect(n).toBeCloseTo(latAt(TO_TOP), 9);
    expect(s).toBeCloseTo(latAt(-TO_BOTTOM), 9);
  });

  it('turns with the bearing: the pane’s top faces east at 90°', () => {
    const [w, s, e, n] = region([chapter(centre(4, 0, 90))]);
    expect(e).toBeCloseTo(lonAt(TO_TOP), 9);
    expect(w).toBeCloseTo(lonAt(-TO_BOTTOM), 9);
    expect(n).toBeCloseTo(latAt(1600), 9);
    expect(s).toBeCloseTo(latAt(-1600), 9);
  });

  it('reaches as far beyond the top edge as a tilted camera sees, by a ray cast in three dimensions', () => {
    const pitch = (60 * Math.PI) / 180;
    // The camera looks north, tilted from straight down, from as far as makes 1800 px span 36.87°.
    const d = 900 / Math.tan(((36.87 / 2) * Math.PI) / 180);
    const camera = [0, -d * Math.sin(pitch), d * Math.cos(pitch)];
    const forward = [0, Math.sin(pitch), -Math.cos(pitch)];
    const up = [0, Math.cos(pitch), Math.sin(pitch)];
    const ray = forward.map((f, i) => f * d + up[i]! * TO_TOP);
    const t = -camera[2]! / ray[2]!;
    const north = camera[1]! + t * ray[1]!;
    // At zoom 8 (a world of 131,072 px), so that what it sees stays short of Mercator's edge.
    const [, , , n] = region([chapter(centre(8, 60))]);
    expect(north).toBeGreaterThan(4 * TO_TOP);
    expect(n).toBeCloseTo(latAt(north, 512 * 2 ** 8), 9);
  });

  it('holds a fit’s view in the widest pane, where far more shows beside the places than above them', () => {
    const bounds: [number, number, number, number] = [100, -1, 100.01, 1];
    const [w, , e] = region([chapter({ kind: 'fit', bounds, pitch: 0, bearing: 0 })]);
    const { width, height } = PANES.reduce((a, b) => (b.width / b.height > a.width / a.height ? b : a));
    for (const [top, bottom] of [
      [height, 0],
      [0, height],
    ] as const) {
      const p = cameraPadding(width, height, top, bottom);
      // Two degrees of latitude at the equator fill the padded height; the width shows what that scale allows.
      const tall = (2 * Math.log(Math.tan(Math.PI / 4 + Math.PI / 360))) / (2 * Math.PI);
      const scale = (height - p.top! - p.bottom!) / tall;
      const half = ((width / 2) * 360) / scale;
      expect(w).toBeLessThanOrEqual(100.005 - half + 1e-9);
      expect(e).toBeGreaterThanOrEqual(100.005 + half - 1e-9);
    }
  });

  it("takes in a phone camera's view in a phone's panes, and only there", () => {
    // At zoom 8 (a world of 131,072 px) the two views are apart: the phone's far east of the chapter's own.
    const world = 512 * 2 ** 8;
    const far: Camera = { ...centre(8), center: [140, 0] } as Camera;
    const [w, , e] = region([{ ...chapter(centre(8)), phoneCamera: far }]);
    expect(w).toBeCloseTo(100 - (1600 / world) * 360, 9);
    // The widest phone pane's half about the phone camera's centre, not the 3200 px desktop pane's.
    const half = Math.max(...PHONE_PANES.map((p) => p.width)) / 2;
    expect(e).toBeCloseTo(140 + (half / world) * 360, 9);
    // Without it, the region is the chapter's own.
    expect(region([chapter(centre(8))])[2]).toBeCloseTo(100 + (1600 / world) * 360, 9);
  });

  it('takes in the places and the layers no chapter looks at', () => {
    const place = { lon: 110, lat: 5 } as ResolvedPlace;
    const layer = {
      data: {
        type: 'FeatureCollection',
        features: [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [90, -5] } }],
      },
    } as ResolvedLayer;
    const [w, s, e, n] = region([chapter(centre(10))], { places: { far: place }, layers: { own: layer } });
    [
      [w, 90],
      [s, -5],
      [e, 110],
      [n, 5],
    ].forEach(([got, want]) => expect(got).toBeCloseTo(want!, 9));
  });
});
