// Hides the map's own labels that the view would cut (unfit-labels.ts decides which), by feature state: called
// whenever the view, the language or what lies over the map changes.
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Lang } from '../../story/types';
import { CITY_LABEL, DISTRICT_LABELS, labelText, type LabelLayer } from '../style/label-layers';
import { cssFontFamily, MAP_FONTS } from '../style/font-stacks';
import { SOURCE, STATE } from '../style/layer-ids';
import { labelReach, unfitLabels, type LabelShape } from './unfit-labels';
import { overMap } from './over-map';

// MapLibre's defaults for the label layers (text-line-height, text-max-width), in ems.
const LINE_HEIGHT = 1.2;
const MAX_WIDTH = 10;
// Beyond the halo: MapLibre's glyph boxes are a little wider than the canvas measures them.
const SLACK_PX = 2;

const fontFamily = cssFontFamily(MAP_FONTS);
let context: CanvasRenderingContext2D | null = null;

/**
 * A label's size as MapLibre lays it out: glyph by glyph in the local fonts of text-font (no kerning), wrapped at
 * text-max-width.
 */
function measure(text: string, layer: LabelLayer, size: number): { width: number; height: number } {
  context ??= document.createElement('canvas').getContext('2d');
  if (!context) return { width: 0, height: 0 };
  context.font = `${layer.weight} ${size}px ${fontFamily}`;
  const chars = [...text];
  const line =
    chars.reduce((w, c) => w + context!.measureText(c).width, 0) + layer.letterSpacing * size * chars.length;
  const lines = Math.max(1, Math.ceil(line / (MAX_WIDTH * size)));
  const pad = 2 * (layer.halo + SLACK_PX);
  return { width: Math.min(line, MAX_WIDTH * size) + pad, height: lines * LINE_HEIGHT * size + pad };
}

export function fitLabels(map: MapLibreMap, container: HTMLElement, lang: Lang): void {
  const covered = overMap(container);
  const { clientWidth: width, clientHeight: height } = container;
  for (const layer of [DISTRICT_LABELS, CITY_LABEL]) {
    // The labels of the tiles loaded, each once: a label near a tile's edge is in the tiles on both sides.
    const found = map.querySourceFeatures(SOURCE.basemap, { sourceLayer: layer.tileLayer });
    const labels = new Map<string, LabelShape<string>>();
    for (const f of found) {
      if (f.geometry.type !== 'Point' || !f.properties || f.id === undefined) continue;
      const id = String(f.id);
      if (labels.has(id)) continue;
      const size = layer.size(f.properties);
      const { x, y } = map.project(f.geometry.coordinates as [number, number]);
      labels.set(id, {
        id,
        x,
        y,
        ...measure(labelText(f.properties, lang), layer, size),
        offset: layer.offset * size,
      });
    }
    // Wherever MapLibre may put it: a name stepped aside for a marker, or for a hidden label (which keeps its room),
    // was cut by the scale bar at Zhuangshi on a phone when only its centred place was checked.
    const unfit = unfitLabels([...labels.values()], width, height, covered, labelReach);
    for (const id of labels.keys()) {
      const target = { source: SOURCE.basemap, sourceLayer: layer.tileLayer, id };
      if ((map.getFeatureState(target)[STATE.unfit] === true) !== unfit.has(id))
        map.setFeatureState(target, { [STATE.unfit]: unfit.has(id) });
    }
  }
}
