// <story-map story="<slug>" lang="zh|en" site="<site>/">: defined once per page, by the first copy of embed.js
// to run, whichever site it is from. The class draws nothing itself: it tells every copy when an element comes, goes
// or changes (element-news.ts), and the copy of the element's site draws it.
import { announce, siteOf, TAG } from './element-news';

/** Defines the tag, unless a copy did before; `base` is this copy's site, for elements that name none. */
export function defineStoryMap(base: string): void {
  if (customElements.get(TAG)) return;
  customElements.define(
    TAG,
    class StoryMapElement extends HTMLElement {
      static observedAttributes = ['story', 'lang', 'site'];
      #connected = false;

      connectedCallback() {
        this.#connected = true;
        announce({ host: this, site: siteOf(this, base) });
      }

      disconnectedCallback() {
        this.#connected = false;
        announce({ host: this, site: null });
      }

      attributeChangedCallback(_: string, before: string | null, after: string | null) {
        // An upgraded element hears of its first values before it is connected, which draws it.
        if (!this.#connected || before === after) return;
        announce({ host: this, site: siteOf(this, base) });
      }
    },
  );
}
