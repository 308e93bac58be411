// Which static locator maps a story needs: one per section (a town) and one per chapter outside any section,
// each framing the places its chapters mark. Drawn at build time (scripts/stories), shown where WebGL or
// JavaScript is missing, and printed.
import { bbox, featureCollection, point } from '@turf/turf';
import type { Feature, Geometry, Point, Polygon } from 'geojson';
import { locale } from '../locale/locales';
import type { Lang, LocalText, ResolvedChapter, ResolvedStory } from './types';

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

export function staticMapKey(ch: ResolvedChapter): string {
  return ch.section ?? ch.id;
}

export function staticMapUrl(ch: ResolvedChapter, lang: Lang): string {
  return `maps/${staticMapKey(ch)}.${lang}.svg`;
}

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

/** The chapters each static map serves, by key, in story order: the first of each is where the map is shown. */
export function staticMapGroups(story: ResolvedStory): Map<string, ResolvedChapter[]> {
  const groups = new Map<string, ResolvedChapter[]>();
  for (const ch of story.chapters)
    groups.set(staticMapKey(ch), [...(groups.get(staticMapKey(ch)) ?? []), ch]);
  return groups;
}

// What a map draws and is titled by, without framing it: the page needs these for alt texts, and framing (turf)
// is build-time work.
function drawn(story: ResolvedStory, chapters: ResolvedChapter[]) {
  const first = chapters[0]!;
  const section = first.section ? story.sections[first.section] : undefined;
  return { places: [...new Set(chapters.flatMap((c) => c.markers))], title: section?.name ?? first.title };
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

/**
 * What a section's static map shows, for its alt text: it draws every place the section's chapters mark, so it
 * is described by those places, not by the alt of the chapter it happens to appear in.
 */
export function staticMapAlt(story: ResolvedStory, ch: ResolvedChapter, lang: Lang): string {
  const key = staticMapKey(ch);
  const { places, title } = drawn(
    story,
    story.chapters.filter((c) => staticMapKey(c) === key),
  );
  const words = locale(lang);
  const names = places.map((id) => {
    const p = story.places[id]!;
    return p.name[lang] + (p.approximate ? words.approximateAfter : '');
  });
  return words.staticMapAlt(title[lang], names.join(words.joiner));
}

/** The chapter of each static map that shows it: the first of its group. */
export function firstOfEachMap(story: ResolvedStory): Set<string> {
  return new Set([...staticMapGroups(story).values()].map((chapters) => chapters[0]!.id));
}
