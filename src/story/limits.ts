// How much a story file may hold. A story file is untrusted input (it may come from anyone who can open a pull
// request), so every field the checker reads has a bound that keeps checking it fast, and each bound is far above
// what a real story needs: the Ningbo story, the longest so far, is 70 KB with no field over 600 characters.

/** story.yaml and source.txt: refused unread above this. */
export const MAX_FILE_BYTES = 1024 * 1024;
/** A paragraph-bearing text field (a chapter's text, a quote, an excerpt). */
export const MAX_TEXT_CHARS = 20_000;
/** A name, label or unit: a few words. The unit checks read it with patterns that slow down on long input. */
export const MAX_NAME_CHARS = 200;
/** Place, section and chapter ids, and story folder names: they become addresses and element ids. */
export const MAX_ID_CHARS = 64;
/** A place this uncertain cannot be drawn as a place: its circle would cover the whole region and more. */
export const MAX_PRECISION_M = 100_000;
/** Brackets open at once. A story nests five or six deep; the YAML parser overflows its stack at about a thousand. */
export const MAX_NESTING = 100;
/** Uses of YAML aliases (*name). A story needs none; each one can stand for a copy of a whole subtree. */
export const MAX_ALIASES = 100;
/**
 * YAML tokens in a story file. The parser's time grows with them (a few microseconds each, with the garbage they
 * make), so this keeps any file well within a second. Stories written in block style, as they are, have one token
 * per 8 bytes: the Ningbo story (57 KB) has 7,400, and a megabyte of such a story fits. A megabyte of `[a, a, a, …`
 * has 650,000.
 */
export const MAX_YAML_TOKENS = 150_000;
/** Places a comparison sets side by side: it shows the distance between every two of them. */
export const MAX_COMPARED = 12;
/**
 * A story's own layer files, all together. They travel in the page's story.json beside the basemap, whose geodata is
 * 20.1 KB gzip against a 50 KB budget. The GeoJSON of geodata/sources gzips to 0.27–0.36 of its size, so 80 KB of
 * layers is at most about 29 KB more: a story at this limit keeps its reader's map data within the budget.
 */
export const MAX_LAYER_BYTES = 80 * 1024;
/**
 * A picture's source file: refused unread above this. A full-frame camera JPEG is 10–25 MB; the pages never show
 * one wider than 1120 px, so an editor exports a smaller one (and keeps the repository light).
 */
export const MAX_MEDIA_SOURCE_BYTES = 8 * 1024 * 1024;
/** A picture's width or height: above this the decoder's memory, not the picture, is the problem. */
export const MAX_MEDIA_SIDE_PX = 10_000;
