// Writes out the story's phone condition, `@container story (--phone)`, from PHONE_WIDTH in every stylesheet Vite
// loads (the components' <style>, global.css): CSS cannot put a variable in a query's condition, and a number copied
// into each stylesheet drifted (a component answering to the window while the page answered to its container). The
// spelling is that of the Media Queries 5 draft's custom media (`@media (--name)`), which no browser ships yet.
import type { Plugin } from 'vite';
import { PHONE_WIDTH } from '../src/ui/phone-width.ts';

const CONDITION = '(--phone)';
const QUERY = /(@container\s+story\s+)\(--phone\)/g;

/** `css` with every `@container story (--phone)` written out as the width it stands for. */
export function expandPhoneQuery(css: string): string {
  return css.replace(QUERY, `$1(max-width: ${PHONE_WIDTH}px)`);
}

/** The Vite plugin: each stylesheet of ours before Vite's own CSS handling, which would pass the condition as is. */
export function phoneQuery(): Plugin {
  return {
    name: 'storymap:phone-query',
    enforce: 'pre',
    transform(code, id) {
      if (!/\.css(?:$|\?)/.test(id) || !code.includes(CONDITION)) return null;
      const css = expandPhoneQuery(code);
      // Anywhere else (a @media, another container) it would silently never match.
      if (css.includes(CONDITION))
        this.error(`${id}: ${CONDITION} stands only in \`@container story ${CONDITION}\``);
      return { code: css, map: null };
    },
  };
}
