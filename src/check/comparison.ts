// The closing overview's facts, computed from the story data at build time: each marked place with the headline
// figure of its section, and the great-circle distances between the places (turf), never typed by hand.
import { distance } from '@turf/turf';
import type { Comparison, ResolvedChapter, ResolvedPlace } from '../story/types';

export function comparison(
  chapter: Pick<ResolvedChapter, 'markers'>,
  chapters: ResolvedChapter[],
  places: Record<string, ResolvedPlace>,
): Comparison {
  const ids = chapter.markers;
  // The figure the editor marked as headline, else the first figure the story gives for the place.
  const figures = (id: string) =>
    chapters.flatMap((c) => c.metrics.filter((m) => m.place === id).map((m) => ({ c, m })));
  const rows = ids.map((id) => {
    const all = figures(id);
    const pick = all.find(({ m }) => m.headline) ?? all[0];
    return {
      id,
      section: pick?.c.section ?? null,
      color: pick?.c.color ?? '#3b6e8f',
      headline: pick?.m ?? null,
    };
  });
  const distances = ids.flatMap((from, i) =>
    ids.slice(i + 1).map((to) => {
      const [a, b] = [places[from]!, places[to]!];
      const km = distance([a.lon, a.lat], [b.lon, b.lat], { units: 'kilometers' });
      return { from, to, km: Math.round(km), approximate: a.approximate || b.approximate };
    }),
  );
  return { places: rows, distances };
}
