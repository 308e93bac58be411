// How much of each line the map draws at a chapter: a pure function of the chapter and of how far the reader has
// read of it. A chapter's draw_with_scroll lines grow with its progress; everywhere else, and with reduced motion,
// every line is whole, as on the static maps and in print.
import type { ResolvedChapter, ResolvedStory } from '../../story/types';
import { scrollDrawn } from '../style/author-layers';

/** Every layer some chapter draws with the scroll, by id: the share of its length drawn now, 0 to 1. */
export function drawnLines(
  story: ResolvedStory,
  chapter: ResolvedChapter,
  progress: number,
  reducedMotion: boolean,
): Record<string, number> {
  const growing = new Set(reducedMotion ? [] : (chapter.drawWithScroll ?? []));
  const share = Math.min(1, Math.max(0, progress));
  return Object.fromEntries([...scrollDrawn(story)].map((id) => [id, growing.has(id) ? share : 1]));
}
