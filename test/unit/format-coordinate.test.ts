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
  it('prints a place known within 5 km to a tenth of a degree', () => {
    expect(formatCoordinate(121.38, 29.55, 5000)).toBe('121.4, 29.6');
  });
  it('keeps the digits a precise source supports', () => {
    expect(formatCoordinate(121.5466, 29.9441, 50)).toBe('121.547, 29.944');
  });
});
