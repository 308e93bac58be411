// Draws one <story-map> with this copy of embed.js's own site: the story in the element's shadow root (which hides
// the fallback the embed code carries), or, when it cannot start, the story's locator map, one line and a retry.
import type { mountStory as MountStory } from '../element/mount-story';
import { parseLang } from '../locale/lang-param';
import { locale } from '../locale/locales';
import { showFallback } from './element-fallback';
import { keepPlace } from '../element/keep-place';
import { START_WITHIN_MS } from '../story/start-within';

// As long as the story page gives its map (src/map/maplibre/create-map.ts) to start.

/** Starts drawing `host` from the site at `base`; returns the function that stops it. */
export function startElement(host: HTMLElement, base: string): () => void {
  let generation = 0;
  let stop: (() => void) | null = null;

  async function render() {
    const mine = ++generation;
    const shadow = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
    const slug = host.getAttribute('story') ?? '';
    const lang = parseLang(host.getAttribute('lang'));
    const note = document.createElement('p');
    note.textContent = locale(lang).fallback.loading;
    keepPlace(host);
    shadow.adoptedStyleSheets = [];
    shadow.replaceChildren(note);
    host.dataset.mapState = 'loading';
    if (!/^[a-z0-9-]+$/.test(slug)) {
      note.textContent = `story="${slug}": expected the slug of a story`;
      host.dataset.mapState = 'error';
      return;
    }
    // The reader's wait starts here, not when the map's code has arrived: the map's deadline counts from now.
    const waitingSince = performance.now();
    try {
      const start = async () => {
        const url = new URL('story-map-element.js', base).href;
        const { mountStory } = (await import(/* @vite-ignore */ url)) as { mountStory: typeof MountStory };
        if (mine !== generation) return;
        const unmount = await mountStory(host, shadow, { base, slug, lang, waitingSince });
        note.remove();
        if (mine !== generation) return unmount();
        stop = unmount;
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
      if (mine !== generation) return;
      // A start that answers after all is taken down again (its generation is gone).
      generation++;
      const reason = e instanceof Error ? e.message : String(e);
      keepPlace(host);
      showFallback(shadow, { base, slug, lang, reason, retry: () => void render() });
      host.dataset.mapState = 'error';
    }
  }

  void render();
  return () => {
    generation++;
    stop?.();
    stop = null;
  };
}
