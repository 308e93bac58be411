// The first frame's framing: the picture, placed by FirstFrame.svelte's CSS rules (a box of 2^step padded maps
// about the padded map's middle, object-fit scale-down or none, centred), shows the view MapLibre's camera shows.
// The CSS itself is checked in Chromium (test/browser/first-frame.test.ts); here the idea, for many panes.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PaddingOptions } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { loadGazetteer, loadStory } from '../../scripts/stories/load-stories';
import { BASEMAP_MAX_ZOOM } from '../../src/geo/region';
import { cameraPadding, cameraTarget, fitCamera } from '../../src/map/view/camera';
import { frameGeometry, REGION_BOX, type FrameGeometry } from '../../src/map/view/frame-geometry';
import { mercX, mercY, WORLD_PX } from '../../src/map/view/mercator';
import type { Camera } from '../../src/story/types';

const root = fileURLToPath(new URL('../..', import.meta.url));
const gazetteer = loadGazetteer(root);
const cameras: [string, Camera][] = ['ningbo-town-race', 'zhoushan-islands'].flatMap((slug) =>
  loadStory(root, join(root, 'stories', slug), gazetteer).stories[0]!.chapters.map((c): [string, Camera] => [
    `${slug}#${c.id}`,
    c.camera,
  ]),
);
const fit = (bounds: [number, number, number, number]): Camera => ({
  kind: 'fit',
  bounds,
  pitch: 0,
  bearing: 0,
});
cameras.push(
  ['one point', fit([121.5, 29.9, 121.5, 29.9])],
  ['two places 1 km apart', fit([121.5, 29.9, 121.51, 29.9])],
  ['a thin north-south strip', fit([121.5, 29.2, 121.5, 30.4])],
  ['the whole region', fit([120.3, 28.9, 122.6, 30.8])],
);

// Map panes: desktop, phone, a small and a wide embed, a large screen, a tall narrow column.
const PANES: [number, number, number, number][] = [
  [672, 800, 46, 76],
  [390, 422, 38, 63],
  [320, 260, 0, 0],
  [1000, 300, 0, 0],
  [2000, 1300, 46, 76],
  [400, 1200, 46, 76],
];

/** Where the CSS rules put the picture in a pane: its scale (px per Mercator unit) and what lies at the padded middle. */
function placed(g: FrameGeometry, w: number, h: number, p: PaddingOptions) {
  const f = 2 ** g.step;
  const room = [w - p.left! - p.right!, h - p.top! - p.bottom!] as const;
  const box = [f * room[0], f * room[1]] as const;
  const [gw, gh] = [g.covers[2] - g.covers[0], g.covers[3] - g.covers[1]];
  const own = g.width / gw;
  const contain = Math.min(box[0] / gw, box[1] / gh);
  const scale = g.kind === 'center' ? own : Math.min(own, contain);
  // Centred in the box (object-position 50% 50%), the box centred on the padded middle.
  const middle = [(g.covers[0] + g.covers[2]) / 2, (g.covers[1] + g.covers[3]) / 2] as const;
  const at = [p.left! + room[0] / 2, p.top! + room[1] / 2] as const;
  const rect = [
    at[0] - (gw * scale) / 2,
    at[1] - (gh * scale) / 2,
    at[0] + (gw * scale) / 2,
    at[1] + (gh * scale) / 2,
  ];
  return { scale, middle, rect };
}

describe('frameGeometry', () => {
  it("caps a fit at its chapter's own limit, as MapLibre caps it: the world's outlines, a coarse layer", () => {
    const tokyo = (d: number) => fit([139.69, 35.69, 139.69 + d, 35.69]);
    for (const cap of [8.26, 9.26])
      for (const camera of [tokyo(0), tokyo(0.01), tokyo(2)])
        for (const [w, h, top, bottom] of PANES) {
          const pad = cameraPadding(w, h, top, bottom);
          const target = cameraTarget(camera, pad, (b, p) => fitCamera(b, w, h, p, cap));
          const { scale } = placed(frameGeometry(camera, undefined, cap)!, w, h, pad);
          expect(Math.log2(scale / WORLD_PX), `cap ${cap} in ${w}×${h}`).toBeCloseTo(target.zoom, 6);
        }
  });

  for (const [name, camera] of cameras) {
    const g = frameGeometry(camera)!;
    it(`${name}: framed as MapLibre frames it, in every pane`, () => {
      for (const [w, h, top, bottom] of PANES) {
        const pad = cameraPadding(w, h, top, bottom);
        const target = cameraTarget(camera, pad, (b, p) => fitCamera(b, w, h, p, BASEMAP_MAX_ZOOM));
        const { scale, middle, rect } = placed(g, w, h, pad);
        const pane = `${name} in ${w}×${h}`;
        expect(Math.log2(scale / WORLD_PX), `${pane}: zoom`).toBeCloseTo(target.zoom, 6);
        // Within a hundredth of a pixel of where MapLibre puts the view's centre.
        expect(Math.abs(middle[0] - mercX(target.center[0])) * scale, `${pane}: x`).toBeLessThan(0.01);
        expect(Math.abs(middle[1] - mercY(target.center[1])) * scale, `${pane}: y`).toBeLessThan(0.01);
        // Wherever the pane shows the basemap's region, the picture is there (beyond it both show sea).
        const toPx = (x: number, y: number) => [
          rect[0]! + (x - g.covers[0]) * scale,
          rect[1]! + (y - g.covers[1]) * scale,
        ];
        const [cx0, cy0] = toPx(g.clip[0], g.clip[1]);
        const [cx1, cy1] = toPx(g.clip[2], g.clip[3]);
        const [rx0, ry0] = toPx(REGION_BOX[0], REGION_BOX[1]);
        const [rx1, ry1] = toPx(REGION_BOX[2], REGION_BOX[3]);
        expect(cx0, `${pane}: drawn on the left`).toBeLessThanOrEqual(Math.max(0, rx0!) + 1e-6);
        expect(cy0, `${pane}: drawn at the top`).toBeLessThanOrEqual(Math.max(0, ry0!) + 1e-6);
        expect(cx1, `${pane}: drawn on the right`).toBeGreaterThanOrEqual(Math.min(w, rx1!) - 1e-6);
        expect(cy1, `${pane}: drawn at the bottom`).toBeGreaterThanOrEqual(Math.min(h, ry1!) - 1e-6);
      }
    });
  }

  it('has no frame for a tilted or turned view, which a scaled picture cannot show', () => {
    expect(
      frameGeometry({ kind: 'center', center: [121.5, 29.9], zoom: 10, pitch: 30, bearing: 0 }),
    ).toBeNull();
    expect(frameGeometry({ ...(fit([121, 29.5, 122, 30]) as Camera), bearing: 15 })).toBeNull();
  });

  it('keeps the box within what a browser lays out', () => {
    for (const [name, camera] of cameras) expect(frameGeometry(camera)!.step, name).toBeLessThanOrEqual(13);
  });
});
