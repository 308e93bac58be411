// The basemap as a MapLibre style built from our own layers alone: no tile server, no glyph server. Leaving
// `glyphs` out makes MapLibre (>= 5.11) draw labels with the local fonts named in text-font.
import type {
  DataDrivenPropertyValueSpecification,
  ExpressionSpecification,
  LayerSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import type { BasemapLayers } from '../geo/topology';
import type { ResolvedStory } from '../story/types';
import type { Lang } from '../story/types';

export const FONT_STACK = ['Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', 'sans-serif'];

export const ATTRIBUTION =
  '© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors (ODbL) · ' +
  '<a href="https://www.geonames.org/">GeoNames</a> (CC BY 4.0) · ' +
  '<a href="https://www.naturalearthdata.com/">Natural Earth</a>';

const PALETTE = {
  sea: '#d4e4ec',
  land: '#f3f1ec',
  county: '#ebe8e1',
  countyLine: '#c9c4b9',
  district: '#f8f7f3',
  focus: '#efe6d2',
  highlight: '#e2cfa4',
  districtLine: '#a39d90',
  outline: '#6f6a60',
  coast: '#8fb1c2',
  river: '#9dbfd0',
  label: '#3e3a33',
  halo: '#ffffff',
  area: '#8a5a2b',
};

const SOURCE_MAXZOOM = 10;

export function labelField(lang: Lang): DataDrivenPropertyValueSpecification<string> {
  return ['get', lang === 'zh' ? 'name_zh' : 'name_en'];
}

/** Filter that keeps the districts a chapter emphasises. */
export function highlightFilter(adcodes: string[]): ExpressionSpecification {
  return ['in', ['get', 'adcode'], ['literal', adcodes]];
}

/** Filter that keeps the uncertainty area of the places a chapter marks. */
export function areaFilter(ids: string[]): ExpressionSpecification {
  return ['in', ['get', 'id'], ['literal', ids]];
}

export function basemapStyle(layers: BasemapLayers, story: ResolvedStory, lang: Lang): StyleSpecification {
  // Tiles stop at zoom 10: the outlines' vertices are 0.5–3 km apart, so deeper tiles would add no detail, only
  // tiling work in the worker on every flight into a town (zoom 10 tiles keep ~10 m precision when overzoomed).
  const source = (data: GeoJSON.FeatureCollection) => ({
    type: 'geojson' as const,
    data,
    maxzoom: SOURCE_MAXZOOM,
  });
  const style: LayerSpecification[] = [
    { id: 'sea', type: 'background', paint: { 'background-color': PALETTE.sea } },
    { id: 'land', type: 'fill', source: 'land', paint: { 'fill-color': PALETTE.land } },
    { id: 'counties', type: 'fill', source: 'counties', paint: { 'fill-color': PALETTE.county } },
    {
      id: 'districts',
      type: 'fill',
      source: 'districts',
      paint: { 'fill-color': ['case', ['get', 'focus'], PALETTE.focus, PALETTE.district] },
    },
    {
      id: 'district-highlight',
      type: 'fill',
      source: 'districts',
      filter: highlightFilter([]),
      paint: { 'fill-color': PALETTE.highlight, 'fill-opacity': 0.8 },
    },
    {
      id: 'county-lines',
      type: 'line',
      source: 'counties',
      paint: { 'line-color': PALETTE.countyLine, 'line-width': 0.6 },
    },
    {
      id: 'rivers',
      type: 'line',
      source: 'rivers',
      paint: { 'line-color': PALETTE.river, 'line-width': 1.6 },
    },
    {
      id: 'district-lines',
      type: 'line',
      source: 'districts',
      paint: { 'line-color': PALETTE.districtLine, 'line-width': 0.9, 'line-dasharray': [3, 2] },
    },
    {
      id: 'outline',
      type: 'line',
      source: 'outline',
      paint: { 'line-color': PALETTE.outline, 'line-width': 1.4 },
    },
    {
      id: 'coastline',
      type: 'line',
      source: 'coastline',
      paint: { 'line-color': PALETTE.coast, 'line-width': 1 },
    },
    {
      id: 'areas-fill',
      type: 'fill',
      source: 'areas',
      filter: areaFilter([]),
      paint: { 'fill-color': PALETTE.area, 'fill-opacity': 0.12 },
    },
    {
      id: 'areas-line',
      type: 'line',
      source: 'areas',
      filter: areaFilter([]),
      paint: { 'line-color': PALETTE.area, 'line-width': 1.5, 'line-dasharray': [2, 2] },
    },
    {
      id: 'district-labels',
      type: 'symbol',
      source: 'district-labels',
      layout: {
        'text-field': labelField(lang),
        'text-font': FONT_STACK,
        'text-size': ['case', ['get', 'focus'], 15, 12.5],
        'text-padding': 4,
      },
      paint: {
        'text-color': PALETTE.label,
        'text-halo-color': PALETTE.halo,
        'text-halo-width': 1.6,
      },
    },
  ];
  return {
    version: 8,
    sources: {
      land: source(layers.land),
      counties: source(layers.counties),
      districts: source(layers.districts),
      outline: source(layers.outline),
      rivers: source(layers.rivers),
      coastline: source(layers.coastline),
      'district-labels': source(layers.districtLabels),
      areas: source(story.areas),
    },
    layers: style,
  };
}
