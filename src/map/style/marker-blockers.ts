// Invisible stand-ins for the HTML markers. HTML markers take no part in MapLibre's label collisions; their twins
// in a symbol layer do: symbol layers are placed from the top of the style down, so with this one on top its boxes
// are in place first and every label they cover makes way. Opacity is paint, not layout: a transparent symbol
// still takes its room.
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { Lang, ResolvedStory } from '../../story/types';
import { t } from '../../locale/i18n';
import { LAYER, SOURCE } from './layer-ids';
import { namesByField } from '../../locale/names-by-field';
import { locale } from '../../locale/locales';
import { MARKER } from './marker-geometry';

/** The stand-ins' layer id. */
export const MARKER_BLOCKERS = LAYER.markerBlockers;

// Empty lines still take a line's height in MapLibre's shaping: enough of them below the name stretch the
// collision box down over the pin. A trailing newline is dropped, hence one more than the lines wanted.
const PIN_LINES = Math.round(MARKER.pinHeight / (MARKER.textSize * MARKER.lineHeight));
const PIN_SPACER = '\n'.repeat(PIN_LINES + 1);

/** The stand-in's text: the marker's label, line for line, then room for the pin. */
export function markerBlockerText(lang: Lang): ExpressionSpecification {
  const approximate: ExpressionSpecification = ['get', 'approximate'];
  return [
    'format',
    ['get', locale(lang).labelField],
    {},
    ['case', approximate, `\n${t(lang, 'approximate')}`, PIN_SPACER],
    { 'font-scale': ['case', approximate, MARKER.noteSize / MARKER.textSize, 1] },
  ];
}

/** The story's places as points for the stand-ins (source "markers"); which ones count is set per chapter by a filter. */
export function markerPoints(story: ResolvedStory): GeoJSON.FeatureCollection<GeoJSON.Point> {
  return {
    type: 'FeatureCollection',
    features: Object.values(story.places).map((p) => ({
      type: 'Feature',
      properties: { id: p.id, ...namesByField(p.name), approximate: p.approximate },
      geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
    })),
  };
}

/**
 * The stand-ins' layer, in the marker label's font (`font`, a text-font stack at its weight). Its text and which
 * places it stands for are the view's (map-view.ts).
 */
export function markerBlockerLayer(font: string[]): LayerSpecification {
  return {
    id: MARKER_BLOCKERS,
    type: 'symbol',
    source: SOURCE.markers,
    layout: {
      'text-font': font,
      'text-size': MARKER.textSize,
      'text-line-height': MARKER.lineHeight,
      'text-anchor': ['case', ['get', 'approximate'], 'center', 'bottom'],
      'text-padding': MARKER.padding,
      // The HTML label never wraps; a wrapped twin would be narrower than what it stands for.
      'text-max-width': 100,
      'text-allow-overlap': true,
    },
    paint: { 'text-opacity': 0 },
  };
}
