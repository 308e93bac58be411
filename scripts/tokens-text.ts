// The facts CSS needs from TypeScript (the fonts, the marker's geometry, the camera's padding, the page's colours), as
// custom properties of `.story-type` in src/ui/tokens.css: CSS cannot import TypeScript, and a style="" attribute
// would not paint before the script runs (nor pass the page's CSP). The file is generated and committed
// (scripts/tokens-css.ts), like the editors' JSON Schema, and a unit test fails when stale.
import { PADDING } from '../src/map/view/camera.ts';
import { MARKER, MARKER_HEIGHT } from '../src/map/style/marker-geometry.ts';
import { cssFontFamily, PAGE_FONTS } from '../src/map/style/font-stacks.ts';
import { INK } from '../src/map/style/palette.ts';

export const TOKENS_CSS_FILE = 'src/ui/tokens.css';

/** The text of src/ui/tokens.css, before prettier. */
export function tokensCss(): string {
  const properties: Record<string, string> = {
    ...Object.fromEntries(
      Object.entries(PAGE_FONTS).map(([name, stack]) => [`font-${name}`, cssFontFamily(stack)]),
    ),
    'marker-height': `${MARKER_HEIGHT}px`,
    'marker-text-size': `${MARKER.textSize}px`,
    'marker-line-height': String(MARKER.lineHeight),
    'marker-padding': `${MARKER.padding}px`,
    'marker-note-size': `${MARKER.noteSize}px`,
    // The camera's padding (camera.ts), for the first frame's framing (FirstFrame.svelte); shares as cqw/cqh.
    'pad-side-min': `${PADDING.side.min}px`,
    'pad-side-share': `${PADDING.side.share * 100}cqw`,
    'pad-side-max': `${PADDING.side.max}px`,
    'pad-vertical-min': `${PADDING.vertical.min}px`,
    'pad-vertical-share': `${PADDING.vertical.share * 100}cqh`,
    'pad-vertical-max': `${PADDING.vertical.max}px`,
    'pad-below-places': `${PADDING.belowPlaces}px`,
    'pad-max-side-share': `${(PADDING.maxShare * 100) / 2}cqw`,
    'pad-max-share': `${PADDING.maxShare * 100}cqh`,
    // The page's colours (palette.ts), named as there: inkMuted is --ink-muted.
    ...Object.fromEntries(
      Object.entries(INK).map(([name, colour]) => [
        name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`),
        colour,
      ]),
    ),
  };
  return [
    `/* Generated from scripts/tokens-text.ts by \`npx tsx scripts/tokens-css.ts\`: edit the TypeScript, not this file. */`,
    '.story-type {',
    ...Object.entries(properties).map(([k, v]) => `  --${k}: ${v};`),
    '}',
    '',
  ].join('\n');
}
