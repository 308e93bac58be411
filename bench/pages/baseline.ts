// The floor for any MapLibre map that shows data: the same MapLibre module the story ships (CSP build, worker served
// as a file), one background layer and one fill layer from an inline polygon, nothing fetched but MapLibre itself.
import type { Map as MapLibreMap } from 'maplibre-gl';
import maplibregl from '../../src/map/maplibre/maplibre';
import { sizeFromQuery } from './map-size';

declare global {
  interface Window {
    benchMap?: MapLibreMap;
  }
}

const container = document.getElementById('map');
if (!container) throw new Error('baseline: #map is missing');

sizeFromQuery(container);

const [west, south, east, north] = [121.0, 29.5, 121.9, 30.2];

const map = new maplibregl.Map({
  container,
  center: [(west + east) / 2, (south + north) / 2],
  zoom: 9,
  style: {
    version: 8,
    sources: {
      area: {
        type: 'geojson',
        data: {
          type: 'Feature',
          properties: {},
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [west, south],
                [east, south],
                [east, north],
                [west, north],
                [west, south],
              ],
            ],
          },
        },
      },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#d4e4ec' } },
      { id: 'area', type: 'fill', source: 'area', paint: { 'fill-color': '#3b6e8f', 'fill-opacity': 0.4 } },
    ],
  },
});

window.benchMap = map;
map.once('idle', () => {
  document.body.dataset.mapState = 'ready';
});
