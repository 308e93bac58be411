// Starts the story page from the story data the build embedded in it, on the text the build prerendered.
import { hydrate, mount } from 'svelte';
import App from './App.svelte';
import { startEarly } from '../map/maplibre/create-map';
import { parseLang } from '../locale/lang-param';
import { DEFAULT_LANG } from '../locale/locales';
import type { BuiltStory } from '../story/types';
import { adoptPrerenderedFrame } from '../map/prerendered-frame';
import '../ui/global.css';

// On <html>, for global.css: what the page offers without its script (.app-fallback) stays hidden once the story
// runs, and shows at once when it failed.
const RUNNING = 'app-running';
const FAILED = 'app-failed';

adoptPrerenderedFrame(document);
const target = document.getElementById('app');
const lang = parseLang(new URLSearchParams(location.search).get('lang'));
// The prerendered text is in the default language: hydrate it as it is, or render afresh in the language the link
// asks for.
const prerendered = lang === DEFAULT_LANG && target?.firstElementChild != null;

function fail(e: unknown) {
  document.documentElement.classList.add(FAILED);
  // The prerendered map says it is loading: it never will.
  document.querySelector('[data-map-state]')?.setAttribute('data-map-state', 'error');
  console.error('story page: the story could not start; the text stays, with the static maps', e);
}

function start(page: HTMLElement) {
  // Kept to put back: a failed hydration or mount leaves the page empty (Svelte clears it to mount afresh), and the
  // text the build prerendered, with its fallbacks, is the one part of the page that needs no script at all.
  const served = [...page.childNodes];
  try {
    const data = document.getElementById('story-data')?.textContent;
    if (!data) throw new Error('the story data is missing from the HTML');
    const props = { story: JSON.parse(data) as BuiltStory, lang };
    if (prerendered) hydrate(App, { target: page, props });
    else {
      page.replaceChildren();
      mount(App, { target: page, props });
    }
    document.documentElement.classList.add(RUNNING);
  } catch (e) {
    page.replaceChildren(...served);
    fail(e);
  }
}

/**
 * Runs `then` once the page has painted, or at once should the tab be hidden first: a hidden tab paints nothing and
 * runs no frame, and a page waiting for one would not start until the reader came back (and would meanwhile show
 * what it offers without its script).
 */
function afterPaint(then: () => void) {
  let started = false;
  const once = () => {
    if (started) return;
    started = true;
    document.removeEventListener('visibilitychange', onHidden);
    then();
  };
  const onHidden = () => {
    if (document.visibilityState === 'hidden') once();
  };
  document.addEventListener('visibilitychange', onHidden);
  requestAnimationFrame(() => setTimeout(once));
}

// Hydrating the whole story holds the main thread for a while (several hundred ms on a slow phone): the text the
// build prerendered is painted first, so the reader sees it before the script has run.
// The map's code, worker and basemap are on their way while the text paints and hydrates (see startEarly).
if (target) startEarly();
if (!target) fail(new Error('#app is missing from the HTML'));
else if (prerendered && document.visibilityState === 'visible') afterPaint(() => start(target));
else start(target);
