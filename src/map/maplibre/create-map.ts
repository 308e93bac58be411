// Starts MapLibre at a chapter's view over our basemap's tiles, resolving once the first frame is drawn.
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { LiveMap, MapLibre } from './live-map';
// The tiles sit beside this file wherever the site is built to (scripts/stories/vite-plugin-stories.ts): its own
// URL, resolved against this module's, is where a page or an element on another origin finds them. Never inlined
// as a data: URL, which has no folder to find them in.
import tileIndexUrl from '../../../geodata/build/tiles.json?url&no-inline';
import { tilesTemplate } from '../../geo/tiles';
import { withinDeadline } from './deadline';
import { ContextLost } from './context-lost';
import { addedToEveryObject, HostChangedObjects } from './host-prototype';
import { fetchTilesWithDeadline, throughDeadline } from './tile-protocol';
import { freshWorkers, rejoinWorkers } from './fresh-workers';
import type { BuiltStory, Lang } from '../../story/types';
import { applyView } from '../view/apply-view';
import { ATTRIBUTION } from '../../geo/attribution';
import { onWorkerFailure } from './worker-failure';
import { START_WITHIN_MS } from '../../story/start-within';
import { startStyle } from '../view/start-style';
import { inStyle, type MapView } from '../view/map-view';
import { mapLocale } from './ui-strings';

/** `asleep`: a map far from the viewport, not started or taken down (near-viewport.ts); its first frame stands in. */
export type MapState = 'asleep' | 'loading' | 'moving' | 'ready' | 'error';

const MAX_ZOOM = 14;

export interface MapOptions {
  container: HTMLElement;
  story: BuiltStory;
  /** The language of the map's own controls. */
  lang: Lang;
  /** What the map starts showing (map-view.ts): its style and camera are this view's. */
  view: MapView;
  /**
   * Whether a first frame stands over the map until it has drawn (FirstFrame.svelte): its canvas is then kept out
   * of the page's frames till its first rest (hideUntilDrawn). Without one, the reader sees the map draw in.
   */
  covered?: boolean;
  /**
   * When the reader began waiting for this map, as a moment of performance.now() (0: the page's opening); the
   * start's deadline counts from there. By default, from the call.
   */
  waitingSince?: number;
  /** Aborted when the map is no longer wanted (scrolled far away) before it has started: it is taken down at once. */
  signal?: AbortSignal;
}

let early: Promise<{ default: MapLibre }> | null = null;

/**
 * Starts MapLibre's download (and with it its worker) before the page hydrates, for the first map to take: the map
 * is made only once the story has hydrated, after the text's first paint, and waiting for that to request it left
 * the map's code arriving 360 ms after the bare-MapLibre floor's. A network request costs the text nothing.
 */
export function startEarly(): void {
  if (early) return;
  early = import('./maplibre');
  // A failure is the first map's to report (it retries afresh); unheard here, it would be an unhandled rejection.
  early.catch(() => {});
}

/** What startEarly began, taken once: a retry starts afresh rather than reusing a download that failed. */
function takeEarly() {
  const started = early;
  early = null;
  return started ?? import('./maplibre');
}

/**
 * Keeps the map's canvas out of the page's frames until it has drawn the whole view (its first rest after loading)
 * or starts to move, whichever comes first. Until then the page shows the first frame over it (FirstFrame.svelte)
 * and the reader cannot see it anyway; yet every frame MapLibre drew was composited, and where the compositor runs
 * in software (no GPU, as in the bench's Chromium) each one made the page's main thread wait for the GPU process
 * to finish that frame and read it back: 8–10 waits of 70–130 ms before the map's first rest, against the floor's
 * 4–5 (traced, `npm run bench -- --trace`). MapLibre draws the same frames, into a canvas nobody waits on.
 */
function hideUntilDrawn(map: MapLibreMap): void {
  const canvas = map.getCanvas();
  canvas.style.visibility = 'hidden';
  const show = () => {
    canvas.style.visibility = '';
    map.off('movestart', show);
  };
  map.once('load', () => {
    // A move between loading and the first rest is a reader who moved on while the map started: their flight is
    // shown. (Moves before loading are the map's own setup: its padding, its first view.)
    map.on('movestart', show);
    map.once('idle', show);
  });
}

/**
 * MapLibre is loaded here, on demand, not with the page: the story's text is painted and readable before the map's
 * code (about 270 KB gzip) has arrived, and the page renders at build time without it. Rejects (TimedOut) when the
 * map has not drawn its first frame within START_WITHIN_MS of `waitingSince`, whatever it is waiting for.
 * Rejects at once (HostChangedObjects) on a page that has added a name to every object, which MapLibre cannot run
 * with.
 */
export function createMap(options: MapOptions): Promise<LiveMap> {
  const added = addedToEveryObject();
  if (added !== undefined) return Promise.reject(new HostChangedObjects(added));
  return withinDeadline(
    'the map’s start',
    START_WITHIN_MS,
    (late) => startMap(options, options.signal ? eitherAborts(late, options.signal) : late),
    options.waitingSince,
  );
}

function eitherAborts(a: AbortSignal, b: AbortSignal): AbortSignal {
  const either = new AbortController();
  for (const s of [a, b]) s.addEventListener('abort', () => either.abort(s.reason), { once: true });
  return either.signal;
}

async function startMap(
  { container, story, lang, view, covered = false }: MapOptions,
  signal: AbortSignal,
): Promise<LiveMap> {
  const { default: maplibregl } = await takeEarly();
  signal.throwIfAborted();
  fetchTilesWithDeadline(maplibregl);
  const [west, south, east, north] = story.mapBounds;
  const map = new maplibregl.Map({
    container,
    style: startStyle(
      story,
      throughDeadline(tilesTemplate(new URL(tileIndexUrl, import.meta.url).href)),
      view,
    ),
    center: view.camera.center,
    zoom: view.camera.zoom,
    pitch: view.camera.pitch,
    bearing: view.camera.bearing,
    attributionControl: false,
    locale: mapLocale(lang),
    // The page scrolls the story; the map must not swallow wheel or one-finger drags on the way.
    cooperativeGestures: true,
    dragRotate: false,
    pitchWithRotate: false,
    // The story's own region: the basemap is there, and a reader who drags the map cannot lose it.
    maxBounds: [
      [west, south],
      [east, north],
    ],
    maxZoom: MAX_ZOOM,
  });
  rejoinWorkers(maplibregl);
  if (covered) hideUntilDrawn(map);
  // The planner's centre is the centre of the padded view: the map's padding must be the planner's from the start.
  map.setPadding(view.padding);
  // What the style cannot hold (feature states), before the tiles arrive: the first frame shows the whole view.
  map.once('style.load', () => applyView(map, inStyle(view), view, 'jump'));
  map.addControl(new maplibregl.AttributionControl({ compact: false, customAttribution: ATTRIBUTION }));
  map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'bottom-right');
  map.addControl(new maplibregl.ScaleControl({ unit: 'metric', maxWidth: 100 }), 'bottom-left');
  let unwatch = () => {};
  // Only a worker that failed to load is started afresh: one still loading at the deadline (a slow line) is kept,
  // and the retry uses what it has downloaded by then instead of asking for it again.
  let workerFailed = false;
  try {
    await new Promise<void>((resolve, reject) => {
      map.once('load', () => resolve());
      map.once('error', (e) => reject(e.error ?? new Error('the map could not start')));
      map.once('webglcontextlost', () => reject(new ContextLost()));
      signal.addEventListener('abort', () => reject(signal.reason), { once: true });
      unwatch = onWorkerFailure(maplibregl, (failure) => {
        workerFailed = true;
        reject(failure);
      });
    });
  } catch (e) {
    // A map that will not start holds a WebGL context: a retry makes a new one. Taking down a map that never got
    // its WebGL context can throw in its turn; the reader needs the first error, not that one.
    try {
      map.remove();
      if (workerFailed) freshWorkers(maplibregl);
    } catch {
      /* the first error stands */
    }
    throw e;
  } finally {
    unwatch();
  }
  return { map, lib: maplibregl };
}
