// Whether a map is near enough the reader's screen to run. Each live map holds a WebGL context, and a browser keeps
// only a few of them alive at once: beyond that it takes the oldest back, whichever page element it belongs to. A
// news page may carry many <story-map> elements, so each runs its map only near the viewport.
import type { Attachment } from 'svelte/attachments';

// Near: within a screen's height above or below it, so that a map has started by the time the reader scrolls to it.
const NEAR = '100% 0px';
// Far: beyond two screens. Between the two an element keeps what it has, so that a reader scrolling to and fro
// about the edge does not start and stop its map each time.
const FAR = '200% 0px';

/**
 * Tells `onChange` whether `el` is near the viewport: once the browser has first laid it out, then whenever that
 * changes. Returns the function that stops watching.
 */
function watchNearViewport(el: Element, onChange: (near: boolean) => void): () => void {
  let near: boolean | undefined;
  const tell = (now: boolean) => {
    if (now === near) return;
    near = now;
    onChange(now);
  };
  // Each observer reports its first answer at once, then its changes; only the last of a batch is current.
  const closing = new IntersectionObserver(
    (entries) => {
      const e = entries.at(-1)!;
      if (e.isIntersecting) tell(true);
      else if (near === undefined) tell(false);
    },
    { rootMargin: NEAR },
  );
  const leaving = new IntersectionObserver((entries) => entries.at(-1)!.isIntersecting || tell(false), {
    rootMargin: FAR,
  });
  closing.observe(el);
  leaving.observe(el);
  return () => {
    closing.disconnect();
    leaving.disconnect();
  };
}

/**
 * An attachment that tells `onChange` whether its element is near the viewport. Near is told a frame late: a jump
 * that brings the element near lands with the reader's chapter read a frame later, once the chapters there are laid
 * out (active-chapter.svelte.ts), and a map started at once would start at the chapter before.
 */
export function nearViewport(onChange: (near: boolean) => void): Attachment<HTMLElement> {
  return (el) => {
    let frame = 0;
    const stop = watchNearViewport(el, (near) => {
      cancelAnimationFrame(frame);
      if (near) frame = requestAnimationFrame(() => onChange(true));
      else onChange(false);
    });
    return () => {
      cancelAnimationFrame(frame);
      stop();
    };
  };
}
