// The dev server's camera readout as a line an editor pastes into story.yaml.
export interface CameraReading {
  lon: number;
  lat: number;
  zoom: number;
  pitch: number;
  bearing: number;
}

/** 5 decimals of a degree is about 1 m: finer than any of our sources. */
const round = (n: number, digits: number) => Number(n.toFixed(digits));

export function viewLine(c: CameraReading): string {
  const parts = [`center: [${round(c.lon, 5)}, ${round(c.lat, 5)}]`, `zoom: ${round(c.zoom, 2)}`];
  if (round(c.pitch, 0) !== 0) parts.push(`pitch: ${round(c.pitch, 0)}`);
  if (round(c.bearing, 0) !== 0) parts.push(`bearing: ${round(c.bearing, 0)}`);
  return `view: {${parts.join(', ')}}`;
}

export function lonLatLine(lon: number, lat: number): string {
  return `lon: ${round(lon, 5)}, lat: ${round(lat, 5)}`;
}
