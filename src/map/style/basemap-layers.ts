// The basemap's layers, bottom to top. What a chapter changes in them (filters, text, visibility) is not here but
// in its view (map-view.ts), which the style starts with and apply-view.ts changes.
import type { LayerSpecification } from 'maplibre-gl';
import { TILE_LAYER } from '../../geo/tiles';
import { cityLabelLayer, districtLabelLayer, SEMIBOLD_STACK } from './label-layers';
import { LAYER, PROP, SOURCE, STATE } from './layer-ids';
import { markerBlockerLayer } from './marker-blockers';
import { PALETTE, STROKE } from './palette';

export const BASEMAP_LAYERS: LayerSpecification[] = [
  // Land where the data ends: the sea is drawn where the data has it (scripts/tiles/tile-features.ts).
  { id: LAYER.sea, type: 'background', paint: { 'background-color': PALETTE.land } },
  // The ground (land, the neighbouring counties, the city's districts, a chapter's highlights) is one layer and
  // the solid lines another, both from one source (one tile layer each): in software WebGL every layer costs 5–12 ms a frame whatever
  // its size, and every change of source between layers another mask per tile (measured). The reader sees one
  // ground and one set of lines either way. Within a layer, features are drawn in the tiles' order, which is their rank's (scripts/tiles/cut-tiles.ts).
  {
    id: LAYER.ground,
    type: 'fill',
    source: SOURCE.basemap,
    'source-layer': TILE_LAYER.ground,
    paint: {
      // The ground's edges lie under our lines (district, county, outline, coast), which smooth them already;
      // antialiasing them as well is one more pass over every polygon's edge each frame: 5 ms of 50 (measured).
      'fill-antialias': false,
      'fill-color': [
        'case',
        ['boolean', ['feature-state', STATE.highlight], false],
        PALETTE.highlight,
        [
          'match',
          ['get', PROP.kind],
          'district',
          ['case', ['get', PROP.focus], PALETTE.focus, PALETTE.district],
          'county',
          PALETTE.county,
          'sea',
          PALETTE.sea,
          // The data's land and the world's countries, abroad as at home.
          PALETTE.land,
        ],
      ],
    },
  },
  {
    id: LAYER.districtLines,
    type: 'line',
    source: SOURCE.basemap,
    'source-layer': TILE_LAYER.ground,
    filter: ['==', ['get', PROP.kind], 'district'],
    paint: {
      'line-color': PALETTE.districtLine,
      'line-width': STROKE.district.width,
      'line-dasharray': [...STROKE.district.dash],
    },
  },
  {
    id: LAYER.lines,
    type: 'line',
    source: SOURCE.basemap,
    'source-layer': TILE_LAYER.lines,
    paint: {
      'line-color': [
        'match',
        ['get', PROP.kind],
        'county',
        PALETTE.countyLine,
        'river',
        PALETTE.river,
        'outline',
        PALETTE.outline,
        'province',
        PALETTE.outline,
        'border',
        PALETTE.outline,
        PALETTE.coast,
      ],
      'line-width': [
        'match',
        ['get', PROP.kind],
        'county',
        STROKE.county.width,
        'river',
        STROKE.river.width,
        'outline',
        STROKE.outline.width,
        'province',
        STROKE.county.width,
        'border',
        STROKE.county.width,
        STROKE.coast.width,
      ],
    },
  },
  {
    id: LAYER.areasFill,
    type: 'fill',
    source: SOURCE.areas,
    paint: { 'fill-color': PALETTE.area, 'fill-opacity': STROKE.area.fillOpacity },
  },
  {
    id: LAYER.areasLine,
    type: 'line',
    source: SOURCE.areas,
    paint: {
      'line-color': PALETTE.area,
      'line-width': STROKE.area.width,
      'line-dasharray': [...STROKE.area.dash],
    },
  },
  districtLabelLayer,
  // Above the districts, so it is placed before them: the city's name wins a collision with a district's.
  cityLabelLayer,
  // Last, so placed first: symbol layers are placed from the top of the style down.
  markerBlockerLayer(SEMIBOLD_STACK),
];
