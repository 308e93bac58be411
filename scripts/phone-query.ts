// Writes out the story's phone condition, `@container story (--phone)`, from PHONE_WIDTH in every stylesheet Vite
// loads (the components' <style>, global.css): CSS cannot put a variable in a query's condition, and a number copied
// into each stylesheet drifted (a component answering to the window while the page answered to its container). The
// spelling is that of the Media Queries 5 draft's custom media (`@media (--name)`), which no browser ships yet.
import type { Plugin } from 'vite';
import { PHONE_WIDTH, SHORT_PANE, SIDEWAYS_ASPECT } from '../src/ui/phone-width.ts';

const CONDITIONS = ['(--phone)', '(--short-pane)'];
const PHONE = /@container\s+story\s+\(--phone\)\s*\{/g;
// The map pane's height, of the pane itself or of the window a full-height pane takes its height from.
const SHORT_QUERY = /(@(?:container\s+pane|media)\s+)\(--short-pane\)/g;

/** Where the block opened at `open` (the index just past its `{`) closes: the index of its `}`. */
function blockEnd(css: string, open: number): number {
  let depth = 1;
  for (let i = open; i < css.length; i++) {
    if (css.startsWith('/*', i)) i = css.indexOf('*/', i + 2) + 1 || css.length;
    else if (css[i] === '{') depth++;
    else if (css[i] === '}' && --depth === 0) return i;
  }
  throw new Error('a `@container story (--phone)` block that never closes');
}

/**
 * `css` with every `@container story (--phone)` and `(--short-pane)` written out as the size it stands for. A phone's
 * block holds only in a window that is not a short one on its side: there a story narrower than PHONE_WIDTH (a small
 * phone turned) gets the layout of a phone on its side, the map beside the text, as a wider one does. A container
 * query cannot ask the window, so the block is nested in a media query that does.
 */
export function expandPhoneQuery(css: string): string {
  let out = '';
  let from = 0;
  for (const m of css.matchAll(PHONE)) {
    if (m.index < from) continue;
    const open = m.index + m[0].length;
    const end = blockEnd(css, open);
    out +=
      css.slice(from, m.index) +
      `@container story (max-width: ${PHONE_WIDTH}px) {` +
      `@media not all and (max-height: ${SHORT_PANE}px) and (min-aspect-ratio: ${SIDEWAYS_ASPECT}) {` +
      css.slice(open, end) +
      '}}';
    from = end + 1;
  }
  return (out + css.slice(from)).replace(SHORT_QUERY, `$1(max-height: ${SHORT_PANE}px)`);
}

/** The Vite plugin: each stylesheet of ours before Vite's own CSS handling, which would pass the condition as is. */
export function phoneQuery(): Plugin {
  return {
    name: 'storymap:phone-query',
    enforce: 'pre',
    transform(code, id) {
      if (!/\.css(?:$|\?)/.test(id) || !CONDITIONS.some((c) => code.includes(c))) return null;
      const css = expandPhoneQuery(code);
      // Anywhere else (a @media, another container) it would silently never match.
      const stray = CONDITIONS.find((c) => css.includes(c));
      if (stray)
        this.error(
          `${id}: ${stray} stands only in \`@container story (--phone)\`, \`@container pane (--short-pane)\` or \`@media (--short-pane)\``,
        );
      return { code: css, map: null };
    },
  };
}
