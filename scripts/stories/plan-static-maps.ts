// Frames each static locator map around the places its chapters mark (and the whole of the layers they show).
import { bbox, featureCollection, point } from '@turf/turf';
import type { Feature, Geometry } from 'geojson';
import type { LocalText } from '../../src/locale/locales';
import { drawn, staticMapGroups } from '../../src/story/static-maps';
import type { ResolvedStory } from '../../src/story/types';

export interface StaticMapPlan {
  key: string;
  bounds: [number, number, number, number];
  places: string[];
  highlight: string[];
  color: string;
  title: LocalText;
  /** The story's own layers its chapters show, drawn in their own colours. */
  layers: string[];
}

/** Room around the places, as a share of their extent, and the least extent shown (degrees). */
const MARGIN = 0.3;
const MIN_SPAN = 0.15;

function framed(
  story: ResolvedStory,
  ids: string[],
  layers: string[] = [],
): [number, number, number, number] {
  const shapes: Feature<Geometry>[] = ids.map((id) => {
    const area = story.areas.features.find((f) => f.properties.id === id);
    const p = story.places[id]!;
    return area ?? point([p.lon, p.lat]);
  });
  // The whole of each layer is in the frame, not only the places it joins.
  for (const id of layers) shapes.push(...(story.layers?.[id]?.data.features ?? []));
  const [w, s, e, n] = bbox(featureCollection(shapes));
  const dx = Math.max(e - w, MIN_SPAN) * (0.5 + MARGIN);
  const dy = Math.max(n - s, MIN_SPAN) * (0.5 + MARGIN);
  const [cx, cy] = [(w + e) / 2, (s + n) / 2];
  return [cx - dx, cy - dy, cx + dx, cy + dy];
}

export function planStaticMaps(story: ResolvedStory): StaticMapPlan[] {
  return [...staticMapGroups(story)].map(([key, chapters]) => {
    const { places, title } = drawn(story, chapters);
    const layers = [...new Set(chapters.flatMap((c) => c.layers ?? []))];
    return {
      key,
      bounds:
        places.length + layers.length > 0
          ? framed(story, places, layers)
          : framed(story, Object.keys(story.places)),
      layers,
      places,
      highlight: [...new Set(chapters.flatMap((c) => c.highlight))],
      color: chapters[0]!.color,
      title,
    };
  });
}
