// MapLibre's CSP build: its worker is a file served from our own origin rather than a blob: URL, so the page runs
// under a strict Content-Security-Policy and a bundler cannot lose the worker (maplibre-gl-js #8188).
import maplibregl from 'maplibre-gl/dist/maplibre-gl-csp.js';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-csp-worker.js?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { watchWorkers } from './worker-failure';

const worker = new URL(workerUrl, import.meta.url);
// A worker must come from the page's own origin. The <story-map> element may be served from another one: there the
// worker is a same-origin blob that imports ours (the story page itself, same-origin, never needs this). So may a
// page in a sandboxed iframe without allow-same-origin, whose origin is opaque whatever its address: self.origin,
// not location.origin, which is the address's.
maplibregl.setWorkerUrl(
  worker.origin === self.origin
    ? worker.href
    : URL.createObjectURL(
        new Blob([`importScripts(${JSON.stringify(worker.href)});`], { type: 'text/javascript' }),
      ),
);

// The worker starts as this module runs, not when the first map is made: it loads and compiles its script on a
// thread of its own while the page hydrates and the basemap arrives. The global dispatcher holds the pool for the
// page's lifetime anyway (fresh-workers.ts counts on it), so this adds no user that a retry would have to release.
maplibregl.getGlobalDispatcher();
watchWorkers(maplibregl);

export default maplibregl;
