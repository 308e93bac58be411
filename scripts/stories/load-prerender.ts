// Loads src/page/prerender.ts through Vite's SSR loader, so the Svelte components compile for the server exactly as
// they do for the page. The build has no dev server of its own: it starts a throwaway one for the purpose.
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { createServer, type ViteDevServer } from 'vite';
import type { BuiltStory } from '../../src/story/types';
import type { Prerendered } from './render-page';

export type Prerender = (story: BuiltStory) => Prerendered;

export async function loadPrerender(server: ViteDevServer): Promise<Prerender> {
  const mod = (await server.ssrLoadModule('/src/page/prerender.ts')) as { prerender: Prerender };
  return mod.prerender;
}

export async function withPrerender<T>(root: string, use: (prerender: Prerender) => T): Promise<T> {
  const server = await createServer({
    root,
    configFile: false,
    logLevel: 'error',
    plugins: [svelte()],
    server: { middlewareMode: true, hmr: false, watch: null },
    appType: 'custom',
  });
  try {
    return use(await loadPrerender(server));
  } finally {
    await server.close();
  }
}
