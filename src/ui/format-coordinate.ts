// A coordinate printed to more digits than its source supports claims a precision nobody measured: a town placed
// within 5 km reads "121.4", not "121.3800". But the printed point must still lie inside the area the map draws for
// the place: where rounding to that digit moves it too far (121.38, 29.55 → 121.4, 29.6, outside its own ±5 km
// circle), one more digit is printed.

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

/** Metres between a point and its rounding: a local flat-earth distance, as the rounding moves it a few km. */
function moved(lon: number, lat: number, d: number): number {
  const dx = (Number(lon.toFixed(d)) - lon) * Math.cos((lat * Math.PI) / 180);
  const dy = Number(lat.toFixed(d)) - lat;
  return Math.hypot(dx, dy) * METRES_PER_DEGREE;
}

/** "lon, lat" to the precision of the place's source, and no coarser than keeps the printed point in its circle. */
export function formatCoordinate(lon: number, lat: number, precision_m: number): string {
  let d = coordinateDecimals(precision_m);
  while (d < 5 && moved(lon, lat, d) > precision_m) d++;
  return `${lon.toFixed(d)}, ${lat.toFixed(d)}`;
}
