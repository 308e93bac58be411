// The story's own layers on the live map: one GeoJSON source per layer, drawn in the layer's colour (its first
// chapter's section colour) above the basemap's uncertainty areas and below its labels, and visible only at the
// chapters that list it. The static maps and first frames (scripts/maps/) draw them with the same paint.
import type { ExpressionSpecification, LayerSpecification, SourceSpecification } from 'maplibre-gl';
import type { ResolvedChapter, ResolvedStory } from '../story/types';

/** Shared with the static maps and first frames, so a layer looks the same on every map. */
export const AUTHOR_PAINT = {
  fillOpacity: 0.2,
  lineWidth: 3,
  circleRadius: 5,
  circleStroke: '#ffffff',
} as const;

const sourceId = (layerId: string) => `author-${layerId}`;

/** The MapLibre layer ids of one of the story's layers: its fills, its lines (and area outlines), its points. */
export function authorLayerIds(layerId: string): { fill: string; line: string; circle: string } {
  const base = sourceId(layerId);
  return { fill: `${base}-fill`, line: `${base}-line`, circle: `${base}-circle` };
}

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

/** Sources and layers to add to the style (all hidden until authorVisible says otherwise). */
export function authorStyle(story: ResolvedStory): {
  sources: Record<string, SourceSpecification>;
  layers: LayerSpecification[];
} {
  const sources: Record<string, SourceSpecification> = {};
  const layers: LayerSpecification[] = [];
  for (const layer of Object.values(story.layers ?? {})) {
    const source = sourceId(layer.id);
    sources[source] = { type: 'geojson', data: layer.data };
    const ids = authorLayerIds(layer.id);
    const hidden = { visibility: 'none' } as const;
    layers.push(
      {
        id: ids.fill,
        type: 'fill',
        source,
        filter: areas(),
        layout: hidden,
        paint: { 'fill-color': layer.color, 'fill-opacity': AUTHOR_PAINT.fillOpacity },
      },
      {
        id: ids.line,
        type: 'line',
        source,
        // Lines, and the outlines of areas: everything but points.
        filter: ['!', points()],
        layout: { ...hidden, 'line-cap': 'round', 'line-join': 'round' },
        paint: { 'line-color': layer.color, 'line-width': AUTHOR_PAINT.lineWidth },
      },
      {
        id: ids.circle,
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

/** Every author layer id of the style, with whether it is shown at `chapter`. */
export function authorVisible(story: ResolvedStory, chapter: ResolvedChapter): Record<string, boolean> {
  const shown = new Set(chapter.layers ?? []);
  const out: Record<string, boolean> = {};
  for (const id of Object.keys(story.layers ?? {}))
    for (const layerId of Object.values(authorLayerIds(id))) out[layerId] = shown.has(id);
  return out;
}
