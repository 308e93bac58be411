// Loads our basemap and starts MapLibre at a chapter's view, resolving once the first frame is drawn.
import type { Map as MapLibreMap, PaddingOptions } from 'maplibre-gl';
import type { Topology } from 'topojson-specification';
import basemapUrl from '../../geodata/build/basemap.topo.json?url';
import { decodeBasemap } from '../geo/topology';
import type { Lang, ResolvedChapter, ResolvedStory } from '../story/types';
import { ATTRIBUTION, basemapStyle } from './basemap-style';
import maplibregl from './maplibre';

export type MapState = 'loading' | 'moving' | 'ready' | 'error';

export interface MapOptions {
  container: HTMLElement;
  story: ResolvedStory;
  chapter: ResolvedChapter;
  lang: Lang;
  padding: PaddingOptions;
}

async function loadBasemap() {
  const url = new URL(basemapUrl, import.meta.url);
  const res = await fetch(url);
  if (!res.ok) throw new Error(`basemap: ${res.status} ${res.statusText} for ${url.pathname}`);
  return decodeBasemap((await res.json()) as Topology);
}

export async function createMap({
  container,
  story,
  chapter,
  lang,
  padding,
}: MapOptions): Promise<MapLibreMap> {
  const layers = await loadBasemap();
  const cam = chapter.camera;
  const map = new maplibregl.Map({
    container,
    style: basemapStyle(layers, story, lang),
    ...(cam.kind === 'center'
      ? { center: cam.center, zoom: cam.zoom }
      : { bounds: cam.bounds, fitBoundsOptions: { padding } }),
    pitch: cam.pitch,
    bearing: cam.bearing,
    attributionControl: false,
    // The page scrolls the story; the map must not swallow wheel or one-finger drags on the way.
    cooperativeGestures: true,
    dragRotate: false,
    pitchWithRotate: false,
    maxBounds: [
      [119.3, 28.2],
      [123.6, 31.5],
    ],
    minZoom: 6,
    maxZoom: 14,
  });
  map.addControl(new maplibregl.AttributionControl({ compact: false, customAttribution: ATTRIBUTION }));
  map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'bottom-right');
  await new Promise<void>((resolve, reject) => {
    map.once('load', () => resolve());
    map.once('error', (e) => reject(e.error ?? new Error('the map could not start')));
  });
  return map;
}
