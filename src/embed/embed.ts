// embed.js: the one script a news page includes to carry our stories. It (a) sizes our iframes from their height
// messages and (b) defines <story-map story="<slug>" lang="zh|en">, the whole scrollytelling story in the page.
// Nothing of ours becomes global but the element's name; everything else is found from this script's own URL, so
// the script and the story may be served from another origin than the page.
import type { mountStory as MountStory } from '../element/mount-story';
import type { Lang } from '../story/types';
import { claimSite } from './claim-site';
import { showFallback } from './element-fallback';
import { clampHeight } from './frame-height';
import { heightOf, parsePymMessage, pymMessage } from './pym-messages';

const TAG = 'story-map';
// As long as the story page gives its map (src/map/create-map.ts) to start.
const START_WITHIN_MS = 15_000;
// currentScript is null where a CMS loads scripts its own way (as a module, or from a tag manager): then ours is
// the last script on the page whose file is embed.js.
const script = (document.currentScript ??
  [...document.querySelectorAll<HTMLScriptElement>('script[src]')]
    .filter((s) => /\/embed\.js(?:[?#]|$)/.test(s.src))
    .pop()) as HTMLScriptElement | undefined;
const base = new URL('./', script?.src || location.href).href;
const origin = new URL(base).origin;

/** Our iframes: those showing a page of this site. */
function ours(frame: HTMLIFrameElement): boolean {
  return frame.src.startsWith(base);
}

function childId(frame: HTMLIFrameElement): string {
  return new URL(frame.src).searchParams.get('childId') ?? '';
}

/**
 * A news page whose CSP refuses inline styles refuses the style attribute of our iframe code too, and the frame
 * falls back to 300 px wide with a border. The same style set through the CSSOM is not an inline style to CSP.
 * Called before this script first sets a style of the frame: an attribute with no style behind it was refused.
 */
function styleRefused(frame: HTMLIFrameElement): void {
  if (!frame.hasAttribute('style') || frame.style.length > 0) return;
  Object.assign(frame.style, { width: '100%', height: '640px', border: '0' });
}

function resizeFrames(): void {
  addEventListener('message', (e: MessageEvent) => {
    // From one of our iframes' own windows, at our origin: a forged message from the page itself, another frame
    // or another origin changes nothing.
    if (e.origin !== origin) return;
    const message = parsePymMessage(e.data);
    const height = message && heightOf(message);
    if (height === null || height === undefined) return;
    for (const frame of document.querySelectorAll('iframe')) {
      if (frame.contentWindow !== e.source || !ours(frame) || childId(frame) !== message!.id) continue;
      styleRefused(frame);
      frame.style.height = `${clampHeight(height)}px`;
    }
  });
  // A frame that loaded before this script ran has said its height already: ask again (pym's width message).
  const ask = (frame: HTMLIFrameElement) =>
    frame.contentWindow?.postMessage(
      pymMessage({ id: childId(frame), type: 'width', value: String(frame.clientWidth) }),
      origin,
    );
  const scan = () => {
    for (const frame of document.querySelectorAll('iframe')) {
      if (!ours(frame)) continue;
      styleRefused(frame);
      ask(frame);
      frame.addEventListener('load', () => ask(frame));
    }
  };
  if (document.readyState === 'loading') addEventListener('DOMContentLoaded', scan, { once: true });
  else scan();
}

class StoryMapElement extends HTMLElement {
  static observedAttributes = ['story', 'lang'];
  #stop: (() => void) | null = null;
  #generation = 0;

  connectedCallback() {
    void this.#render();
  }

  disconnectedCallback() {
    this.#generation++;
    this.#stop?.();
    this.#stop = null;
  }

  attributeChangedCallback(_: string, before: string | null, after: string | null) {
    // The first values arrive before connectedCallback, which renders: only a later change re-renders.
    if (before === null || before === after || !this.isConnected) return;
    this.disconnectedCallback();
    void this.#render();
  }

  async #render() {
    const generation = ++this.#generation;
    const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    const slug = this.getAttribute('story') ?? '';
    const lang: Lang = this.getAttribute('lang') === 'en' ? 'en' : 'zh';
    const note = document.createElement('p');
    note.textContent = lang === 'zh' ? '地图故事加载中…' : 'Loading the story map…';
    shadow.replaceChildren(note);
    this.dataset.mapState = 'loading';
    if (!/^[a-z0-9-]+$/.test(slug)) {
      note.textContent = `story="${slug}": expected the slug of a story`;
      this.dataset.mapState = 'error';
      return;
    }
    try {
      const start = async () => {
        const url = new URL('story-map-element.js', base).href;
        const { mountStory } = (await import(/* @vite-ignore */ url)) as { mountStory: typeof MountStory };
        if (generation !== this.#generation) return;
        const stop = await mountStory(this, shadow, { base, slug, lang });
        note.remove();
        if (generation !== this.#generation) return stop();
        this.#stop = stop;
      };
      // A request that never answers must not leave the reader with "loading" for ever.
      let timer = 0;
      const late = new Promise<never>((_, reject) => {
        timer = window.setTimeout(
          () => reject(new Error(`no answer within ${START_WITHIN_MS / 1000} s`)),
          START_WITHIN_MS,
        );
      });
      await Promise.race([start(), late]).finally(() => clearTimeout(timer));
    } catch (e) {
      if (generation !== this.#generation) return;
      // A start that answers after all is taken down again (its generation is gone).
      this.#generation++;
      const reason = e instanceof Error ? e.message : String(e);
      showFallback(shadow, { base, slug, lang, reason, retry: () => void this.#render() });
      this.dataset.mapState = 'error';
    }
  }
}

// Pasted with every embed code, the script may run several times, from one site or several: the first copy from
// each site sizes that site's frames.
if (claimSite(window, base)) resizeFrames();
// A <story-map> names no site: the first copy on the page defines it, for its own site's stories.
if (!customElements.get(TAG)) customElements.define(TAG, StoryMapElement);
