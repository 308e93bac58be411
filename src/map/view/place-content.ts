// Which excerpts, figures and pictures a place's popup shows at a chapter: the chapter's own for that place, or else those of
// the first chapter that says something about it (so a marker on an overview still opens something to read).
import type { ResolvedChapter, ResolvedStory } from '../../story/types';

export interface PlaceContent {
  excerpts: ResolvedChapter['excerpts'];
  metrics: ResolvedChapter['metrics'];
  media: NonNullable<ResolvedChapter['media']>;
  from: ResolvedChapter | null;
}

function contentIn(ch: ResolvedChapter, placeId: string): PlaceContent {
  return {
    excerpts: ch.excerpts.filter((e) => e.place === placeId),
    metrics: ch.metrics.filter((m) => m.place === placeId),
    media: (ch.media ?? []).filter((m) => m.place === placeId),
    from: ch,
  };
}

export function placeContent(story: ResolvedStory, chapter: ResolvedChapter, placeId: string): PlaceContent {
  const here = contentIn(chapter, placeId);
  if (here.excerpts.length + here.metrics.length + here.media.length > 0) return here;
  for (const ch of story.chapters) {
    const c = contentIn(ch, placeId);
    if (c.excerpts.length + c.metrics.length + c.media.length > 0) return c;
  }
  return { excerpts: [], metrics: [], media: [], from: null };
}
