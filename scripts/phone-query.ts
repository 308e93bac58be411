// Writes out the story's phone condition, `@container story (--phone)`, from PHONE_WIDTH in every stylesheet Vite
// loads (the components' <style>, global.css): CSS cannot put a variable in a query's condition, and a number copied
// into each stylesheet drifted (a component answering to the window while the page answered to its container). The
// spelling is that of the Media Queries 5 draft's custom media (`@media (--name)`), which no browser ships yet.
import type { Plugin } from 'vite';
import { PHONE_WIDTH, SHORT_PANE } from '../src/ui/phone-width.ts';

const CONDITIONS = ['(--phone)', '(--short-pane)'];
const QUERY = /(@container\s+story\s+)\(--phone\)/g;
// The map pane's height, of the pane itself or of the window a full-height pane takes its height from.
const SHORT_QUERY = /(@(?:container\s+pane|media)\s+)\(--short-pane\)/g;

/** `css` with every `@container story (--phone)` and `(--short-pane)` written out as the size it stands for. */
export function expandPhoneQuery(css: string): string {
  return css
    .replace(QUERY, `$1(max-width: ${PHONE_WIDTH}px)`)
    .replace(SHORT_QUERY, `$1(max-height: ${SHORT_PANE}px)`);
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
