// Follows the page's scroll and reports which chapter is active, and how far through it the reader is. Reads
// layout once per animation frame at most, so whatever follows the progress changes at most once a frame too.
import { untrack } from 'svelte';
import type { Attachment } from 'svelte/attachments';
import { showChapter } from './deep-link';
import { chapterProgress } from './chapter-progress';
import { pickActive, readingLine } from './pick-active';

export class ActiveChapter {
  index = $state(0);
  /** How far through the active chapter the reading line is: 0 at its start, 1 at its end (chapter-progress.ts). */
  progress = $state(0);

  constructor(initial = 0) {
    this.index = initial;
  }

  /**
   * Attach to the element holding the chapters; `mapPane` is the map, which may sit above the text on phones.
   * A deep-linked chapter is scrolled to before the first reading, so the story starts there.
   */
  track(mapPane: () => HTMLElement | undefined, startAt?: string): Attachment<HTMLElement> {
    // Untracked: the attachment sets up listeners once; re-running it on every index change would re-measure,
    // re-listen and re-apply the deep link.
    return (root) => untrack(() => this.listen(root, mapPane, startAt));
  }

  private listen(root: HTMLElement, mapPane: () => HTMLElement | undefined, startAt?: string) {
    if (startAt) showChapter(root, startAt);
    let frame = 0;
    // The story's chapters are fixed for the page's lifetime: found once, and only a few measured per frame.
    const chapters = root.querySelectorAll<HTMLElement>('[data-chapter-id]');
    const count = chapters.length;
    const top = (i: number) => chapters[i]!.getBoundingClientRect().top;
    const update = () => {
      frame = 0;
      const pane = mapPane()?.getBoundingClientRect();
      const stacked =
        pane !== undefined && pane.bottom < window.innerHeight * 0.9 && pane.width > root.clientWidth * 0.9;
      const line = readingLine(window.innerHeight, stacked ? pane.bottom : 0);
      const index = pickActive(count, top, line);
      const box = chapters[index]?.getBoundingClientRect();
      this.index = index;
      this.progress = box ? chapterProgress(box.top, box.bottom, line) : 0;
    };
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(update);
    };
    update();
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule, { passive: true });
    // Chapters off screen are laid out only as they near the viewport (content-visibility in Chapter.svelte): the
    // ones a jump lands on take their real height a frame after the scroll was read, and move the reading line's
    // chapter with no scroll event of their own.
    const resized = new ResizeObserver(schedule);
    resized.observe(root);
    return () => {
      resized.disconnect();
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
    };
  }
}
