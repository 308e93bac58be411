// The one place that changes what the map shows: from one view (map-view.ts) to the next, key by key, setting only
// what differs. Even an unchanged filter or label, set again, costs MapLibre a frame; a filter costs it the tiling
// of its source in the worker.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { planMove, sameTarget, type CameraTarget } from './camera';
import { authorLayerIds, SOURCE, STATE } from '../style/layer-ids';
import { TILE_LAYER } from '../../geo/tiles';
import type { MapView } from './map-view';
import { sameValue } from './same-value';

/** Every method of MapLibre's Map that the bridge calls: the contract test checks that real MapLibre has each. */
export const VIEW_METHODS = [
  'setFilter',
  'setLayoutProperty',
  'setFeatureState',
  'getLayer',
  'flyTo',
  'jumpTo',
  'getCenter',
  'getZoom',
  'getPitch',
  'getBearing',
] as const satisfies readonly (keyof MapLibreMap)[];

/** As much of MapLibre's Map as applyView uses: what a fake map for the unit tests implements. */
export type ViewMap = Pick<MapLibreMap, (typeof VIEW_METHODS)[number]>;

/** A change of chapter flies; reduced motion, and a map that has not yet come to rest, jump. */
export type Motion = 'fly' | 'jump';

const keysOf = <K extends string>(o: Record<K, unknown>) => Object.keys(o) as K[];

/** Changes `map` from showing `from` to showing `to`; true when that moves the camera. */
export function applyView(map: ViewMap, from: MapView, to: MapView, motion: Motion): boolean {
  for (const layer of keysOf(to.filters))
    if (!sameValue(from.filters[layer], to.filters[layer])) map.setFilter(layer, to.filters[layer]);
  for (const layer of keysOf(to.text))
    if (!sameValue(from.text[layer], to.text[layer]))
      map.setLayoutProperty(layer, 'text-field', to.text[layer]);
  for (const id of new Set([...keysOf(from.visible), ...keysOf(to.visible)])) {
    const shown = to.visible[id] ?? false;
    if ((from.visible[id] ?? false) === shown) continue;
    for (const layer of authorLayerIds(id))
      if (map.getLayer(layer)) map.setLayoutProperty(layer, 'visibility', shown ? 'visible' : 'none');
  }
  const was = new Set(from.highlight);
  const now = new Set(to.highlight);
  const district = (id: string) => ({ source: SOURCE.basemap, sourceLayer: TILE_LAYER.ground, id });
  for (const id of was) if (!now.has(id)) map.setFeatureState(district(id), { [STATE.highlight]: false });
  for (const id of now) if (!was.has(id)) map.setFeatureState(district(id), { [STATE.highlight]: true });
  // Last: the camera moves over the chapter's own features, never over the last chapter's.
  if (sameTarget(from.camera, to.camera) && sameValue(from.padding, to.padding)) return false;
  const move = planMove(from.camera, to.camera, to.padding, motion === 'jump');
  if (move.method === 'flyTo') map.flyTo(move.options);
  else map.jumpTo(move.options);
  return true;
}

/** Where the map's camera is now, in the planner's terms: the view the reader has made by moving the map. */
export function cameraOf(map: ViewMap): CameraTarget {
  const c = map.getCenter();
  return { center: [c.lng, c.lat], zoom: map.getZoom(), pitch: map.getPitch(), bearing: map.getBearing() };
}

/**
 * The change from `from` to `to` once the reader has moved the map to `camera`: the camera is theirs until a new
 * chapter takes it back; anything else (a new language) leaves it where they put it.
 */
export function fromReader(from: MapView, to: MapView, camera: CameraTarget): [MapView, MapView] {
  return [{ ...from, camera }, to.chapter === from.chapter ? { ...to, camera } : to];
}
