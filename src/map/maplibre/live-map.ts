// The shapes a started map is handed around in: MapLibre itself (loaded late, as a module) and a map it made.
import type { Map as MapLibreMap } from 'maplibre-gl';

export type MapLibre = typeof import('maplibre-gl');

/** A map that has started, with the MapLibre it was made by (for its Marker, Popup, …). */
export interface LiveMap {
  map: MapLibreMap;
  lib: MapLibre;
}
