// Web Mercator as MapLibre projects: the world is the unit square, x east from -180°, y south from the top edge.
// The live map's camera, the first frames and the static maps all place things with these.

/** MapLibre's world is 512 px wide at zoom 0. */
export const WORLD_PX = 512;

export const mercX = (lon: number) => (lon + 180) / 360;
export const mercY = (lat: number) =>
  (1 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / Math.PI) / 2;
/** The latitude at Mercator y. */
export const unmercY = (y: number) => (360 / Math.PI) * Math.atan(Math.exp((1 - 2 * y) * Math.PI)) - 90;
