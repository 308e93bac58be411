// A chapter's views, each checked by the same rules at its own lines: its view, and its phone view when it has one.
import type { Story, StoryView } from '../story/schema';
import type { DataPath } from './locate';

export interface ChapterView {
  view: StoryView;
  path: DataPath;
  /** How a message names it, as the file spells it: `view` or `view.phone`. */
  label: string;
}

export function chapterViews(chapter: Story['chapters'][number], i: number): ChapterView[] {
  const path = ['chapters', i, 'view'] as const;
  const { phone, ...view } = chapter.view;
  const own: ChapterView = { view, path, label: 'view' };
  return phone ? [own, { view: phone, path: [...path, 'phone'], label: 'view.phone' }] : [own];
}
