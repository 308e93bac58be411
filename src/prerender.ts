// Renders a story page's body at build time, so the text is in the HTML as served: it reads without JavaScript,
// prints, and paints before any script runs. The page then hydrates it in place (main.ts).
import { render } from 'svelte/server';
import App from './App.svelte';
import { DEFAULT_LANG } from './locale/locales';
import type { ResolvedStory } from './story/types';

export function prerender(story: ResolvedStory): { head: string; body: string } {
  return render(App, { props: { story, lang: DEFAULT_LANG } });
}
