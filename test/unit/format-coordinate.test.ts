import { describe, expect, it } from 'vitest';
import { coordinateDecimals, formatCoordinate } from '../../src/ui/format-coordinate';

describe('coordinateDecimals', () => {
  it.each([
    [50_000, 0],
    [10_000, 1],
    [5000, 1],
    [1000, 2],
    [500, 2],
    [100, 3],
    [50, 3],
    [10, 4],
    [1, 5],
    [0.01, 5],
  ])('%d m → %d decimals', (m, d) => expect(coordinateDecimals(m)).toBe(d));

  it('never prints a last digit finer than the precision radius', () => {
    for (const m of [3, 7, 30, 70, 300, 700, 1500, 3000, 7000, 20_000])
      expect(10 ** -coordinateDecimals(m) * 111_320, `${m} m`).toBeGreaterThanOrEqual(m);
  });

  it('falls back to all five decimals when the precision is missing or not positive', () => {
    for (const m of [0, -1, Number.NaN]) expect(coordinateDecimals(m)).toBe(5);
  });
});

describe('formatCoordinate', () => {
  it('prints a place known within 5 km to a tenth of a degree, where that keeps it inside its circle', () => {
    expect(formatCoordinate(121.41, 29.61, 5000)).toBe('121.4, 29.6');
  });

  // S-4: 121.38, 29.55 rounds to 121.4, 29.6, 5.9 km away, outside the ±5 km circle the map draws around it.
  it('prints one more digit where rounding would move the point out of its drawn area', () => {
    expect(formatCoordinate(121.38, 29.55, 5000)).toBe('121.38, 29.55');
  });

  it('prints every place of every precision within its radius of the recorded point', () => {
    for (const m of [10, 300, 500, 1000, 1500, 5000, 10_000])
      for (let lon = 120; lon < 123; lon += 0.0137)
        for (const lat of [0, 29.55, 45.05, 60.3]) {
          const [x, y] = formatCoordinate(lon, lat, m).split(', ').map(Number);
          const dx = (x! - lon) * Math.cos((lat * Math.PI) / 180);
          expect(Math.hypot(dx, y! - lat) * 111_320, `${lon}, ${lat} within ${m} m`).toBeLessThanOrEqual(m);
        }
  });
  it('keeps the digits a precise source supports', () => {
    expect(formatCoordinate(121.5466, 29.9441, 50)).toBe('121.547, 29.944');
  });
});
