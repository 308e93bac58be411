// Which of a layer's features a picture drawn at a zoom shows: the same as the tiles of that zoom (a feature may
// carry the least and the deepest zoom it is drawn at, scripts/tiles/tile-features.ts), so a static map or a first
// frame draws no more than the live map would there.
import type { FeatureCollection } from 'geojson';
import { MAX_ZOOM_PROP, MIN_ZOOM_PROP } from '../tiles/tile-features.ts';

export function shownAt<F extends FeatureCollection>(fc: F, zoom: number): F {
  // The map shows a zoom's tiles until the next zoom's: a feature of the tiles of zoom 5 is drawn to 5.99.
  const features = fc.features.filter(
    (f) =>
      !(Number(f.properties?.[MIN_ZOOM_PROP] ?? 0) > zoom) &&
      !(Number(f.properties?.[MAX_ZOOM_PROP] ?? Infinity) < Math.floor(zoom)),
  );
  return features.length === fc.features.length ? fc : { ...fc, features };
}
