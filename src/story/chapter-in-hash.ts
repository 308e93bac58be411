// The address names a chapter as #<chapter-id>: the page and the first frame read it the same way.

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
