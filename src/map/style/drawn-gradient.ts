// A line drawn part of the way, as a paint value: MapLibre's line-gradient over line-progress (0 at the line's
// start, 1 at its end; https://maplibre.org/maplibre-style-spec/layers/#line-gradient), coloured up to the share
// drawn and transparent past it. Only the layer's gradient texture is redrawn when the share changes: line-progress
// is no feature data, so the value is not data-driven and MapLibre lays out no tile again
// (StyleLayer.setPaintProperty, LineStyleLayer._handleSpecialPaintPropertyUpdate).
import type { ExpressionSpecification } from 'maplibre-gl';

const UNDRAWN = 'rgba(0, 0, 0, 0)';

/**
 * The line in `color` from its start to `share` of its length. A step (not an interpolation) keeps the end sharp:
 * MapLibre samples a stepped gradient's texture without blending neighbours.
 */
export function drawnGradient(color: string, share: number): ExpressionSpecification {
  // At 1 the stop would leave the line's very end undrawn: a whole line has its colour on both sides of it.
  if (share >= 1) return ['step', ['line-progress'], color, 1, color];
  return ['step', ['line-progress'], color, Math.max(0, share), UNDRAWN];
}

/** How much of its line a gradient made by drawnGradient draws, read back from the map's paint property. */
export function drawnShare(gradient: unknown): number | null {
  if (!Array.isArray(gradient) || gradient[0] !== 'step' || typeof gradient[3] !== 'number') return null;
  return gradient[4] === UNDRAWN ? gradient[3] : 1;
}
