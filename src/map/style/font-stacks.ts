// The faces the story is set in: for the page (as CSS custom properties of src/ui/tokens.css, generated from this file),
// for MapLibre's labels and for the static SVG maps. No web font: each stack names the faces readers' systems
// already have (Noto on Linux and Android, PingFang on Apple, YaHei on Windows).

/** Simplified Chinese sans faces, in the order they are preferred. */
const CJK_SANS = ['Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', 'Source Han Sans SC'];

/** Labels on the maps: MapLibre's text-font (with no glyph server, a local font stack) and the SVG maps. */
export const MAP_FONTS = [...CJK_SANS, 'sans-serif'];

/** The page's type, as CSS custom properties of `.story-type` (global.css). */
export const PAGE_FONTS = {
  sans: [...CJK_SANS, 'system-ui', 'sans-serif'],
  serif: ['Noto Serif CJK SC', 'Songti SC', 'SimSun', 'serif'],
  /** Put before the sans stack for a language set in a Latin face first (a locale's `latin`). */
  latin: ['Noto Sans', 'Helvetica Neue', 'Arial'],
  /** The embed codes, which mix markup and the story's title. */
  mono: ['ui-monospace', 'Noto Sans Mono CJK SC', 'monospace'],
};

const GENERIC = new Set(['serif', 'sans-serif', 'monospace', 'system-ui', 'ui-monospace']);

/** A stack as a CSS font-family value: faces quoted, generic families not. */
export function cssFontFamily(stack: readonly string[]): string {
  return stack.map((f) => (GENERIC.has(f) ? f : `'${f}'`)).join(', ');
}
