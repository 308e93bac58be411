import { describe, expect, it } from 'vitest';
import { cameraPadding, cameraTarget, planMove } from '../../src/map/camera';
import { pickActive, readingLine } from '../../src/scroll/pick-active';

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
  });
});

describe('active chapter', () => {
  it('is the last chapter whose top has passed the reading line', () => {
    expect(pickActive([100, 900, 1700], 400)).toBe(0);
    expect(pickActive([-900, -100, 700], 400)).toBe(1);
    expect(pickActive([-3000, -2000, -1000], 400)).toBe(2);
    expect(pickActive([500, 900], 400)).toBe(0);
    expect(pickActive([], 400)).toBe(0);
  });

  it('reads mid-screen beside the map and mid-text below a stacked map', () => {
    expect(readingLine(800, 0)).toBe(400);
    expect(readingLine(844, 422)).toBe(633);
  });
});

describe('author tools', () => {
  it('copies the camera as a view line the checker accepts', async () => {
    const { viewLine, lonLatLine } = await import('../../src/map/view-line');
    expect(viewLine({ lon: 121.6183981, lat: 29.934421, zoom: 11.512, pitch: 0, bearing: -0.2 })).toBe(
      'view: {center: [121.6184, 29.93442], zoom: 11.51}',
    );
    expect(viewLine({ lon: 121.5, lat: 29.9, zoom: 9, pitch: 30.4, bearing: 12.6 })).toBe(
      'view: {center: [121.5, 29.9], zoom: 9, pitch: 30, bearing: 13}',
    );
    expect(lonLatLine(121.123456, 29.654321)).toBe('lon: 121.12346, lat: 29.65432');
  });
});
