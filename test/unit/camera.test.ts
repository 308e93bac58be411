import { describe, expect, it } from 'vitest';
import { cameraPadding, cameraTarget, fitCamera, planMove } from '../../src/map/view/camera';
import { pickActive, readingLine } from '../../src/page/scroll/pick-active';

const pad = { top: 10, bottom: 10, left: 10, right: 10 };
const a = { center: [121.6, 29.9] as [number, number], zoom: 11, pitch: 0, bearing: 0 };
const b = { center: [121.0, 30.2] as [number, number], zoom: 10, pitch: 0, bearing: 0 };

describe('camera planning', () => {
  it('jumps on the first view and under reduced motion, flies otherwise', () => {
    expect(planMove(null, a, pad, false).method).toBe('jumpTo');
    expect(planMove(a, b, pad, true)).toEqual({ method: 'jumpTo', options: { ...b, padding: pad } });
    const fly = planMove(a, b, pad, false);
    expect(fly.method).toBe('flyTo');
    if (fly.method === 'flyTo') expect(fly.options).toMatchObject({ ...b, padding: pad, essential: true });
  });

  it('flies longer for longer distances, within bounds', () => {
    const d = (to: typeof b) => {
      const m = planMove(a, to, pad, false);
      return m.method === 'flyTo' ? m.options.duration : 0;
    };
    expect(d({ ...a, zoom: 11.2 })).toBeLessThan(d(b));
    expect(d({ ...b, center: [100, 10] })).toBe(2600);
  });

  it('uses the fit solver for fitted views and passes the padding to it', () => {
    const seen: unknown[] = [];
    const t = cameraTarget({ kind: 'fit', bounds: [1, 2, 3, 4], pitch: 10, bearing: 5 }, pad, (bounds, p) => {
      seen.push(bounds, p);
      return { center: [2, 3], zoom: 7 };
    });
    expect(t).toEqual({ center: [2, 3], zoom: 7, pitch: 10, bearing: 5 });
    expect(seen).toEqual([[1, 2, 3, 4], pad]);
  });

  it('pads more at the top, where markers stand above their point', () => {
    const p = cameraPadding(390, 422);
    expect(p.top).toBeGreaterThan(p.bottom!);
    expect(cameraPadding(2000, 2000).left).toBe(96);
    expect(cameraPadding(390, 422, 80).top).toBe(80 + 56);
    expect(cameraPadding(390, 422, 0, 74).bottom).toBe(74 + 24);
    // Never so much that nothing is left to frame the places in.
    const tight = cameraPadding(390, 300, 200);
    expect(tight.top! + tight.bottom!).toBeLessThanOrEqual(300 * 0.6);
    expect(tight.top).toBeGreaterThan(tight.bottom!);
  });
});

/** The tops of a column of chapters, as the engine reads them: one at a time. */
const column = (tops: number[]) => [tops.length, (i: number) => tops[i]!] as const;

describe('active chapter', () => {
  it('is the last chapter whose top has passed the reading line', () => {
    expect(pickActive(...column([100, 900, 1700]), 400)).toBe(0);
    expect(pickActive(...column([-900, -100, 700]), 400)).toBe(1);
    expect(pickActive(...column([-3000, -2000, -1000]), 400)).toBe(2);
    expect(pickActive(...column([500, 900]), 400)).toBe(0);
    expect(pickActive(...column([]), 400)).toBe(0);
  });

  it('reads only a few chapters of a long story per frame, and agrees with reading them all', () => {
    const tops = Array.from({ length: 200 }, (_, i) => -5000 + i * 97);
    for (const line of [-6000, -5000, -4999, -5000 + 97 * 5, 0, 400, 13000, 20000]) {
      let reads = 0;
      const got = pickActive(tops.length, (i) => (reads++, tops[i]!), line);
      expect(got).toBe(Math.max(0, tops.filter((t) => t <= line).length - 1));
      expect(reads).toBeLessThanOrEqual(9);
    }
  });

  it('reads mid-screen beside the map and mid-text below a stacked map', () => {
    expect(readingLine(800, 0)).toBe(400);
    expect(readingLine(844, 422)).toBe(633);
  });
});

describe('author tools', () => {
  it('copies the camera as a view line the checker accepts', async () => {
    const { viewLine, lonLatLine } = await import('../../src/map/view/view-line');
    expect(viewLine({ lon: 121.6183981, lat: 29.934421, zoom: 11.512, pitch: 0, bearing: -0.2 })).toBe(
      'view: {center: [121.6184, 29.93442], zoom: 11.51}',
    );
    expect(viewLine({ lon: 121.5, lat: 29.9, zoom: 9, pitch: 30.4, bearing: 12.6 })).toBe(
      'view: {center: [121.5, 29.9], zoom: 9, pitch: 30, bearing: 13}',
    );
    expect(lonLatLine(121.123456, 29.654321)).toBe('lon: 121.12346, lat: 29.65432');
  });
});

describe('fitCamera', () => {
  const mx = (lon: number) => ((lon + 180) / 360) * 512;
  const my = (lat: number) =>
    ((1 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / Math.PI) / 2) * 512;

  it('frames the bounds exactly inside the padded box, on the tighter side', () => {
    const bounds: [number, number, number, number] = [121.04, 29.87, 121.55, 30.17];
    const pad = { top: 120, bottom: 60, left: 80, right: 80 };
    const { center, zoom } = fitCamera(bounds, 390, 422, pad);
    const k = 2 ** zoom;
    const width = (mx(bounds[2]) - mx(bounds[0])) * k;
    const height = (my(bounds[1]) - my(bounds[3])) * k;
    expect(width).toBeLessThanOrEqual(390 - 160 + 1e-6);
    expect(height).toBeLessThanOrEqual(422 - 180 + 1e-6);
    expect(Math.max(width / 230, height / 242)).toBeCloseTo(1, 6);
    // The centre is the Mercator middle: equally far, in pixels, from the north and south edges.
    expect(my(bounds[1]) - my(center[1])).toBeCloseTo(my(center[1]) - my(bounds[3]), 9);
    expect(center[0]).toBeCloseTo(121.295, 9);
  });

  it('frames a tall place by its height, with the top and bottom padding each counted once', () => {
    const bounds: [number, number, number, number] = [121.3, 29.4, 121.4, 30.2];
    const pad = { top: 120, bottom: 60, left: 80, right: 80 };
    const { zoom } = fitCamera(bounds, 390, 422, pad);
    const k = 2 ** zoom;
    const width = (mx(bounds[2]) - mx(bounds[0])) * k;
    const height = (my(bounds[1]) - my(bounds[3])) * k;
    // Bound by the height: the place fills the room between the two paddings exactly, and not the width.
    expect(height).toBeCloseTo(422 - 120 - 60, 6);
    expect(width).toBeLessThan(390 - 160);
  });

  it('never zooms past the maximum for a single point', () => {
    expect(fitCamera([121, 30, 121, 30], 800, 600, { top: 0, bottom: 0, left: 0, right: 0 }, 14).zoom).toBe(
      14,
    );
  });
});
