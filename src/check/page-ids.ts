// The element ids the page gives its own elements. A chapter's id is its element's id and its #address, so it may
// not be one of these, or the address would lead to the wrong element and the page would hold two elements with
// one id. test/unit/page-ids.test.ts reads every id="…" in src/ and fails when one is missing here.

/** Fixed ids: story.html and embed/index.html, SkipToText, Sources, SharePanel, main.ts. */
export const PAGE_IDS = [
  'app',
  'sources',
  'story-data',
  'story-text',
  'embed-code-iframe',
  'embed-code-element',
] as const;

/** Ids the page makes from another id: Chapter's heading, PlacePopup's heading, SharePanel's code fields. */
export const PAGE_ID_PREFIXES = ['title-', 'popup-title-', 'embed-code-'] as const;

/** Why a chapter id would clash with an id of the page, or null when it would not. */
export function pageIdClash(chapterId: string): string | null {
  if ((PAGE_IDS as readonly string[]).includes(chapterId))
    return `chapter id "${chapterId}" is taken by the page itself (${PAGE_IDS.join(', ')})`;
  const prefix = PAGE_ID_PREFIXES.find((p) => chapterId.startsWith(p));
  if (prefix)
    return `chapter id "${chapterId}" starts with "${prefix}", which the page uses for ids it makes (${prefix}<id>)`;
  return null;
}
