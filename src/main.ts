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
if (lang === 'zh' && target.firstElementChild) {
  hydrate(App, { target, props: { story, lang } });
} else {
  target.replaceChildren();
  mount(App, { target, props: { story, lang } });
}
