// The style a map starts with, already showing the first view: its filters and texts set after loading instead,
// each would send the worker back to lay out its source's tiles again before the map could rest.
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { ResolvedStory } from '../../story/types';
import { basemapStyle } from '../style/basemap-style';
import { authorLayerOf } from '../style/layer-ids';
import type { FilteredLayer, MapView, TextLayer } from './map-view';

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

export function startStyle(story: ResolvedStory, tiles: string, view: MapView): StyleSpecification {
  const style = basemapStyle(story, tiles);
  return { ...style, layers: style.layers.map((l) => inView(l, view)) };
}
