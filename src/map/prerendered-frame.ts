// The opening's picture as the build drew it into a page of ours (render-page.ts, withOpeningFrame). Only the story
// page's and the embed page's own scripts look for it, in their own documents: a <story-map> on a news page must not
// touch anything outside its shadow root, such as a picture of the news page's own that has the same class.
import { chapterInHash } from '../story/chapter-in-hash';

let frame: SVGSVGElement | null = null;

/**
 * Takes the prerendered picture of `page`, as soon as the page's script runs (before the story hydrates, which
 * main.ts holds back until the text has painted). The page frames the opening, and CSS cannot tell in time whether
 * the address names another chapter (Chromium matches :target only once the page's scripts have run). The page's
 * head script shows it before the first paint when the address names no chapter (OPENING_SCRIPT); where a host's
 * policy refuses that script, this does, only when the page opens at the opening.
 */
export function adoptPrerenderedFrame(page: Document): void {
  frame = page.querySelector<SVGSVGElement>('svg.first-frame');
  const ids = [...page.querySelectorAll<HTMLElement>('[data-chapter-id]')].map((el) => el.dataset.chapterId!);
  if (frame && chapterInHash(ids, location.hash) <= 0) frame.dataset.chosen = '';
}

/**
 * The picture adopted, if any: a page that mounts afresh rather than hydrating (a reader's language other than the
 * prerendered one) takes its drawing into its own, with no file to fetch.
 */
export function prerenderedFrame(): SVGSVGElement | null {
  return frame;
}
