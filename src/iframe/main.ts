// Starts the compact map embed (/<slug>/embed/) from the story data the build embedded in the page.
import { mount } from 'svelte';
import EmbedApp from './EmbedApp.svelte';
import { parseLang } from '../locale/lang-param';
import type { BuiltStory } from '../story/types';
import { adoptPrerenderedFrame } from '../map/prerendered-frame';
import '../ui/global.css';

adoptPrerenderedFrame(document);
const data = document.getElementById('story-data')?.textContent;
const target = document.getElementById('app');
if (!data || !target) throw new Error('embed page: the story data or #app is missing from the HTML');

const story = JSON.parse(data) as BuiltStory;
const params = new URLSearchParams(location.search);
const lang = parseLang(params.get('lang'));
const start = Math.max(
  0,
  story.chapters.findIndex((c) => c.id === params.get('chapter')),
);

target.replaceChildren();
mount(EmbedApp, { target, props: { story, lang, start } });
