// MapLibre's CSP build: its worker is a file served from our own origin rather than a blob: URL, so the page runs
// under a strict Content-Security-Policy and a bundler cannot lose the worker (maplibre-gl-js #8188).
import maplibregl from 'maplibre-gl/dist/maplibre-gl-csp.js';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-csp-worker.js?url';
import 'maplibre-gl/dist/maplibre-gl.css';

maplibregl.setWorkerUrl(new URL(workerUrl, import.meta.url).href);

export default maplibregl;
