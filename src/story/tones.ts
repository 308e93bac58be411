// Each town's colour reaches the page as a class, not an inline style: the page runs under a Content-Security-Policy
// without 'unsafe-inline', which blocks style="" attributes in the prerendered HTML. The story's tone sheet (a file
// beside the page, or a constructed stylesheet inside the embeddable element) sets --tone for each class.
import type { ResolvedStory } from './types';

/** The class that gives an element the colour `color` (a #rrggbb the schema has checked) as `--tone`. */
export function toneClass(color: string): string {
  return `tone-${color.slice(1).toLowerCase()}`;
}

/** The stylesheet defining every tone class the story uses. */
export function toneCss(story: ResolvedStory): string {
  const colors = new Set(story.chapters.map((c) => c.color.toLowerCase()));
  return [...colors].map((c) => `.${toneClass(c)}{--tone:${c}}`).join('\n') + '\n';
}
