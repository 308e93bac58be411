// Starts the story page from the story data the build embedded in it, on the text the build prerendered.
import { hydrate, mount } from 'svelte';
import App from './App.svelte';
import type { Lang, ResolvedStory } from './story/types';
import './global.css';

const data = document.getElementById('story-data')?.textContent;
const target = document.getElementById('app');
if (!data || !target) throw new Error('story page: the story data or #app is missing from the HTML');

const story = JSON.parse(data) as ResolvedStory;
const lang: Lang = new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'zh';

// The prerendered text is Chinese: hydrate it as it is, or render afresh in the language the link asks for.
const prerendered = lang === 'zh' && target.firstElementChild !== null;

function start(page: HTMLElement) {
  if (prerendered) {
    hydrate(App, { target: page, props: { story, lang } });
  } else {
    page.replaceChildren();
    mount(App, { target: page, props: { story, lang } });
  }
}

// Hydrating the whole story holds the main thread for a while (several hundred ms on a slow phone): the text the
// build prerendered is painted first, so the reader sees it before the script has run. A hidden tab paints nothing
// and waits for no frame.
if (prerendered && document.visibilityState === 'visible')
  requestAnimationFrame(() => setTimeout(() => start(target)));
else start(target);
