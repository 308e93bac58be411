// The story's own layers on the live map: one GeoJSON source per layer, drawn in the layer's colour (its first
// chapter's section colour) above the basemap's uncertainty areas and below its labels, and visible only at the
// chapters that list it. The static maps and first frames (scripts/maps/) draw them with the same paint.
import type { ExpressionSpecification, LayerSpecification, SourceSpecification } from 'maplibre-gl';
import type { ResolvedStory } from '../../story/types';
import { authorLayerIds } from './layer-ids';
import { drawnGradient } from './drawn-gradient';

/** Shared with the static maps and first frames, so a layer looks the same on every map. */
export const AUTHOR_PAINT = {
  fillOpacity: 0.2,
  lineWidth: 3,
  circleRadius: 5,
  circleStroke: '#ffffff',
} as const;

const sourceId = (layerId: string) => `author-${layerId}`;

// Made anew for each layer: MapLibre may keep a reference to what it is given.
const areas = (): ExpressionSpecification => [
  'match',
  ['geometry-type'],
  ['Polygon', 'MultiPolygon'],
  true,
  false,
];
const points = (): ExpressionSpecification => [
  'match',
  ['geometry-type'],
  ['Point', 'MultiPoint'],
  true,
  false,
];

/** The story's layers that some chapter draws with the scroll: those whose source needs line metrics. */
export function scrollDrawn(story: ResolvedStory): Set<string> {
  return new Set(story.chapters.flatMap((c) => c.drawWithScroll ?? []));
}

/** Sources and layers to add to the style, all hidden: a chapter's view shows those it lists (map-view.ts). */
export function authorStyle(story: ResolvedStory): {
  sources: Record<string, SourceSpecification>;
  layers: LayerSpecification[];
} {
  const sources: Record<string, SourceSpecification> = {};
  const layers: LayerSpecification[] = [];
  const drawnWithScroll = scrollDrawn(story);
  for (const layer of Object.values(story.layers ?? {})) {
    const source = sourceId(layer.id);
    // Line metrics (each vertex's distance along its line) only where a chapter draws the line part of the way:
    // they cost the worker and the GPU a little for every line of the source.
    const grows = drawnWithScroll.has(layer.id);
    sources[source] = { type: 'geojson', data: layer.data, ...(grows ? { lineMetrics: true } : {}) };
    const [fill, line, circle] = authorLayerIds(layer.id) as [string, string, string];
    const hidden = { visibility: 'none' } as const;
    layers.push(
      {
        id: fill,
        type: 'fill',
        source,
        filter: areas(),
        layout: hidden,
        paint: { 'fill-color': layer.color, 'fill-opacity': AUTHOR_PAINT.fillOpacity },
      },
      {
        id: line,
        type: 'line',
        source,
        // Lines, and the outlines of areas: everything but points.
        filter: ['!', points()],
        layout: { ...hidden, 'line-cap': 'round', 'line-join': 'round' },
        // Whole, as no chapter in particular shows it: a chapter that draws it with the scroll sets how much.
        paint: {
          'line-color': layer.color,
          'line-width': AUTHOR_PAINT.lineWidth,
          ...(grows ? { 'line-gradient': drawnGradient(layer.color, 1) } : {}),
        },
      },
      {
        id: circle,
        type: 'circle',
        source,
        filter: points(),
        layout: hidden,
        paint: {
          'circle-color': layer.color,
          'circle-radius': AUTHOR_PAINT.circleRadius,
          'circle-stroke-color': AUTHOR_PAINT.circleStroke,
          'circle-stroke-width': 1.5,
        },
      },
    );
  }
  return { sources, layers };
}
