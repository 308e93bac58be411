// The bridge's own modules in a page of their own, for apply-view-contract.test.ts to drive real MapLibre with.
import { applyView, cameraOf, VIEW_METHODS } from '../../../src/map/view/apply-view';
import { createMap } from '../../../src/map/maplibre/create-map';
import { mapView } from '../../../src/map/view/map-view';

const bridge = { applyView, cameraOf, createMap, mapView, VIEW_METHODS };
export type Bridge = typeof bridge;
(window as unknown as { bridge: Bridge }).bridge = bridge;
