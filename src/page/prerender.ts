// Renders a story page's body at build time, so the text is in the HTML as served: it reads without JavaScript,
// prints, and paints before any script runs. The page then hydrates it in place (main.ts).
import { render } from 'svelte/server';
import App from './App.svelte';
import { DEFAULT_LANG, type Lang } from '../locale/locales';
import type { BuiltStory } from '../story/types';

/** The page as a reader of `lang` first sees it; the build serves the default language's. */
export function prerender(story: BuiltStory, lang: Lang = DEFAULT_LANG): { head: string; body: string } {
  return render(App, { props: { story, lang } });
}
