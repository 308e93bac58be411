// The address names the chapter in view (#<chapter-id>), so a link opens the story there. It is replaced as the
// reader scrolls, never pushed: one history entry per visit, not one per chapter.

export function replaceHash(id: string): void {
  if (location.hash === `#${id}`) return;
  const url = new URL(location.href);
  url.hash = id;
  history.replaceState(history.state, '', url);
}

/**
 * A chapter's element, looked up from `near`: inside the embeddable element the chapters live in a shadow root,
 * not in the document.
 */
export function chapterElement(near: Node, id: string): HTMLElement | null {
  return (near.getRootNode() as Document | ShadowRoot).getElementById(id);
}

/** Brings a chapter to the reading position at once (the map then moves with one camera change) and focuses it. */
export function showChapter(near: Node, id: string, focus = false): void {
  const el = chapterElement(near, id);
  if (!el) return;
  el.scrollIntoView({ block: 'start', behavior: 'instant' });
  if (focus) el.focus({ preventScroll: true });
}
