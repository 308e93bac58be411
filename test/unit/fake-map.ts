// A small stand-in for MapLibre's Map: as much of it as apply-view.ts calls, keeping what it was told so a test can
// read what the map would show. test/browser/apply-view-contract.test.ts checks the real Map has every method.
import type { FeatureIdentifier, Map as MapLibreMap, StyleSpecification } from 'maplibre-gl';
import type { ViewMap } from '../../src/map/view/apply-view';
import type { CameraTarget } from '../../src/map/view/camera';

type Call = [method: string, ...args: unknown[]];

export class FakeMap implements ViewMap {
  calls: Call[] = [];
  filters = new Map<string, unknown>();
  layout = new Map<string, Record<string, unknown>>();
  states = new Map<string, Record<string, unknown>>();
  camera: CameraTarget;

  /** A map as it starts from `style` at `camera`, as MapLibre would: filters and layout from the style. */
  constructor(style: StyleSpecification, camera: CameraTarget) {
    for (const l of style.layers) {
      if ('filter' in l && l.filter) this.filters.set(l.id, l.filter);
      this.layout.set(l.id, { ...l.layout });
    }
    this.camera = camera;
  }

  // The real methods return the map, for chaining; applyView never chains.
  private done(...call: Call): MapLibreMap {
    this.calls.push(call);
    return this as unknown as MapLibreMap;
  }
  setFilter(layer: string, filter: unknown) {
    this.filters.set(layer, filter);
    return this.done('setFilter', layer, filter);
  }
  setLayoutProperty(layer: string, name: string, value: unknown) {
    this.layout.set(layer, { ...this.layout.get(layer), [name]: value });
    return this.done('setLayoutProperty', layer, name, value);
  }
  setFeatureState(feature: FeatureIdentifier, state: Record<string, unknown>) {
    const key = `${feature.source}:${feature.id}`;
    this.states.set(key, { ...this.states.get(key), ...state });
    return this.done('setFeatureState', feature, state);
  }
  getLayer(id: string) {
    return (this.layout.has(id) ? { id } : undefined) as ReturnType<MapLibreMap['getLayer']>;
  }
  flyTo(options: CameraTarget) {
    this.camera = pick(options);
    return this.done('flyTo', options);
  }
  jumpTo(options: CameraTarget) {
    this.camera = pick(options);
    return this.done('jumpTo', options);
  }
  getCenter() {
    const [lng, lat] = this.camera.center;
    return { lng, lat } as ReturnType<MapLibreMap['getCenter']>;
  }
  getZoom = () => this.camera.zoom;
  getPitch = () => this.camera.pitch;
  getBearing = () => this.camera.bearing;

  /** The feature states set to true on `source`, by feature id. */
  flagged(source: string, state: string): string[] {
    return [...this.states]
      .filter(([key, s]) => key.startsWith(`${source}:`) && s[state] === true)
      .map(([key]) => key.slice(source.length + 1))
      .sort();
  }
}

const pick = ({ center, zoom, pitch, bearing }: CameraTarget): CameraTarget => ({
  center,
  zoom,
  pitch,
  bearing,
});
