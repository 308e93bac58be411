import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';
import { bundledPackages } from './scripts/bundled-packages.ts';
import { storiesPlugin } from './scripts/stories/vite-plugin-stories.ts';
import { phoneQuery } from './scripts/phone-query.ts';
import { mapLibreCss } from './scripts/maplibre-css.ts';

export default defineConfig({
  // Relative URLs, so a newsroom can host the built site under any path.
  base: './',
  plugins: [phoneQuery(), mapLibreCss(), svelte(), storiesPlugin(), bundledPackages('pages')],
  build: { target: 'es2022', chunkSizeWarningLimit: 1200 },
});
