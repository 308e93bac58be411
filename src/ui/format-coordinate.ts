// A coordinate printed to more digits than its source supports claims a precision nobody measured: a town placed
// within 5 km reads "121.4", not "121.3800".

/** Metres in one degree of latitude (and of longitude at the equator, its widest). */
const METRES_PER_DEGREE = 111_320;

/**
 * Decimal places of degrees for a point known to within `precision_m`: the most for which one unit of the last
 * digit is still no finer than that radius (5000 m → 1, since 0.1° ≈ 11 km; 50 m → 3), from 0 to 5.
 */
export function coordinateDecimals(precision_m: number): number {
  // No usable precision: say everything the data holds rather than invent a rounding.
  if (!(precision_m > 0)) return 5;
  return Math.max(0, Math.min(5, Math.floor(-Math.log10(precision_m / METRES_PER_DEGREE))));
}

/** "lon, lat" to the precision of the place's source. */
export function formatCoordinate(lon: number, lat: number, precision_m: number): string {
  const d = coordinateDecimals(precision_m);
  return `${lon.toFixed(d)}, ${lat.toFixed(d)}`;
}
