// The middle rung between the floor (baseline.ts) and the story page: the story's own opening map made by the
// story's own code (createMap, the same basemap, style, camera, padding and map options), with no Svelte, no story
// text and no hydration. (rung − floor) is what the map's content costs MapLibre; (story − rung) is what the page
// around it adds. The story data is the built story page's own, inlined by bench/pages/vite.config.ts as the page has it.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { createMap, startEarly } from '../../src/map/maplibre/create-map';
import { fitLabels } from '../../src/map/maplibre/fit-labels';
import { mapView } from '../../src/map/view/map-view';
import type { BuiltStory } from '../../src/story/types';
import { sizeFromQuery } from './map-size';

declare global {
  interface Window {
    benchMap?: MapLibreMap;
  }
}

// As src/page/main.ts does, before anything else: MapLibre's chunk, its worker and the basemap are on their way.
startEarly();

const container = document.getElementById('map');
const data = document.getElementById('story-data')?.textContent;
if (!container || !data) throw new Error('rung: #map or #story-data is missing');
const story = JSON.parse(data) as BuiltStory;
const chapter = story.chapters[0];
if (!chapter) throw new Error('rung: the story has no chapter');

// The story map's size, and what overlays its top edge (&top= in CSS px): the camera and its padding are the story's.
const query = sizeFromQuery(container);
const box = {
  width: container.clientWidth,
  height: container.clientHeight,
  insetTop: Number(query.get('top') ?? 0),
  insetBottom: 0,
};
const lang = 'zh';

// Covered as the story page's map is by its first frame, so both keep the same frames out of the page.
const { map } = await createMap({
  container,
  story,
  lang,
  view: mapView(story, chapter, lang, box),
  covered: true,
});
window.benchMap = map;
// What StoryMap.svelte does with its first view once the map has loaded: hide the labels the view would cut, then
// report ready at the first rest.
fitLabels(map, container, lang);
const ready = () => {
  document.body.dataset.mapState = 'ready';
  const c = map.getCenter();
  const p = map.getPadding();
  // The camera, for the bench to check against the story map's own readout (map-readout.ts).
  document.body.dataset.camera = `${c.lng.toFixed(6)},${c.lat.toFixed(6)} ${map.getZoom().toFixed(2)} ${[p.top, p.right, p.bottom, p.left].map((n) => Math.round(n ?? 0)).join(',')}`;
};
if (map.loaded()) ready();
else map.once('idle', ready);
