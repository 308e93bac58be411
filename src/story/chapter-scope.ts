import type { Lang, ResolvedChapter, ResolvedStory } from './types';

/** What every view of one chapter is given: the story, the chapter, and the reader's language. */
export interface ChapterScope {
  story: ResolvedStory;
  chapter: ResolvedChapter;
  lang: Lang;
}
