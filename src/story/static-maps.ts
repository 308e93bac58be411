// Which static locator maps a story has: one per section (a town) and one per chapter outside any section. Drawn
// at build time (scripts/stories/plan-static-maps.ts frames them), shown where WebGL or JavaScript is missing, and
// printed.
import { locale } from '../locale/locales';
import type { Lang, ResolvedChapter, ResolvedStory } from './types';

function staticMapKey(ch: ResolvedChapter): string {
  return ch.section ?? ch.id;
}

export function staticMapUrl(ch: ResolvedChapter, lang: Lang): string {
  return `maps/${staticMapKey(ch)}.${lang}.svg`;
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
export function drawn(story: ResolvedStory, chapters: ResolvedChapter[]) {
  const first = chapters[0]!;
  const section = first.section ? story.sections[first.section] : undefined;
  return { places: [...new Set(chapters.flatMap((c) => c.markers))], title: section?.name ?? first.title };
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
