// The address names the chapter in view (#<chapter-id>), so a link opens the story there. It is replaced as the
// reader scrolls, never pushed: one history entry per visit, not one per chapter.

/**
 * The index in `ids` of the chapter `hash` names, or -1. Any address can arrive here, pasted, cut short or hostile
 * (a stray `%`, a broken escape, ten thousand characters): it must open the story, never stop it.
 */
export function chapterInHash(ids: readonly string[], hash: string): number {
  const raw = hash.replace(/^#/, '');
  // Longer than any id with every character escaped (%xx): it names none, and is not worth decoding.
  if (raw.length > 3 * Math.max(0, ...ids.map((id) => id.length))) return -1;
  return ids.indexOf(decoded(raw));
}

/** `%`-escapes decoded where they are whole; an address with a malformed one is taken as written. */
function decoded(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

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
