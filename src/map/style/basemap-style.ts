// The basemap as a MapLibre style built from our own layers alone: no tile server, no glyph server. Leaving
// `glyphs` out makes MapLibre (>= 5.11) draw labels with the local fonts named in text-font.
import type {
  DataDrivenPropertyValueSpecification,
  LayerSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import type { BasemapLayers } from '../../geo/topology';
import type { Lang, ResolvedStory } from '../../story/types';
import { locale } from '../../locale/locales';
import { BASEMAP_LAYERS } from './basemap-layers';
import { basemapSources } from './basemap-sources';
import { authorStyle } from './author-layers';
import { authorLayerOf, LAYER } from './layer-ids';
import type { FilteredLayer, MapView, TextLayer } from '../view/map-view';

export { CITY_LABEL, DISTRICT_LABELS, FONT_STACK, UNFIT, type LabelLayer } from './label-layers';

export { ATTRIBUTION } from '../../geo/attribution';

export function labelField(lang: Lang): DataDrivenPropertyValueSpecification<string> {
  return ['get', locale(lang).labelField];
}

/** `layer` as `view` shows it: its filter, its text and whether it is drawn at all. */
function inView(layer: LayerSpecification, view: MapView): LayerSpecification {
  const filter = view.filters[layer.id as FilteredLayer];
  const field = view.text[layer.id as TextLayer];
  const author = authorLayerOf(layer.id);
  let out = layer;
  if (filter && out.type !== 'background') out = { ...out, filter };
  if (field && out.type === 'symbol') out = { ...out, layout: { ...out.layout, 'text-field': field } };
  if (author !== null)
    out = { ...out, layout: { ...out.layout, visibility: view.visible[author] ? 'visible' : 'none' } };
  return out;
}

/**
 * The style, already showing `view` (map-view.ts): its filters and texts set after loading instead, each would
 * send the worker back to lay out its source's tiles again before the map could rest.
 */
export function basemapStyle(layers: BasemapLayers, story: ResolvedStory, view: MapView): StyleSpecification {
  const own = authorStyle(story);
  // The story's own layers above the ground and the uncertainty areas, below every label.
  const labels = BASEMAP_LAYERS.findIndex((l) => l.id === LAYER.districtLabels);
  const [beneath, above] = [BASEMAP_LAYERS.slice(0, labels), BASEMAP_LAYERS.slice(labels)];
  return {
    version: 8,
    // No paint property of ours changes after load. With MapLibre's default 300 ms transition the new style counts
    // as transitioning for its first 300 ms, and MapLibre redraws on every frame of them while still loading.
    transition: { duration: 0, delay: 0 },
    sources: { ...basemapSources(layers, story), ...own.sources },
    layers: [...beneath, ...own.layers, ...above].map((l) => inView(l, view)),
  };
}
