// Keeps a <story-map> where the reader sees it while its content is swapped under them. Chrome anchors the scroll
// to a node in view, but never to one inside the element (measured: the host's text below it), so a story growing
// from a loading line to 17,000 px at the top of the screen moved the reader past the whole story.

/** Call just before changing what `host` shows: at the next layout its top is put back where the reader had it. */
export function keepPlace(host: HTMLElement): void {
  const { top: before, bottom } = host.getBoundingClientRect();
  // Out of view, the browser's own anchoring keeps what the reader is looking at.
  if (bottom <= 0 || before >= window.innerHeight) return;
  // A resize observer's first call comes after the layout that includes the change (and the browser's adjustment),
  // before it is painted: the reader never sees the jump.
  const observer = new ResizeObserver(() => {
    observer.disconnect();
    const shift = host.getBoundingClientRect().top - before;
    if (shift !== 0) window.scrollBy(0, shift);
  });
  observer.observe(host);
}
