// The map's camera as the container publishes it (data-center, data-zoom, data-padding, data-size): tests and
// embedding pages read where the map is without reaching into MapLibre.
import type { Map as MapLibreMap } from 'maplibre-gl';

export interface MapReadout {
  center: string;
  zoom: string;
  /** The padding MapLibre framed the view in (top, right, bottom, left) and the map's size, for tests of a fit. */
  padding: string;
  size: string;
}

export function readMap(map: MapLibreMap, container: HTMLElement): MapReadout {
  const c = map.getCenter();
  const p = map.getPadding();
  return {
    center: `${c.lng.toFixed(6)},${c.lat.toFixed(6)}`,
    zoom: map.getZoom().toFixed(2),
    padding: [p.top, p.right, p.bottom, p.left].map((n) => Math.round(n ?? 0)).join(','),
    size: `${container.clientWidth}x${container.clientHeight}`,
  };
}
