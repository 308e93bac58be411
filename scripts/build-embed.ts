// Builds what a news page loads from us, after `vite build` has built the site into dist/:
// - dist/embed.js, a classic script (IIFE), so a CMS can paste a plain <script src> and it runs without CORS;
// - dist/story-map-element.js (+ chunks), the module embed.js imports for <story-map>: the story compiled with its
//   component styles injected (into the element's shadow root, not the document) and MapLibre's CSS left to the
//   element, which adopts it inside its shadow root.
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { build, type Plugin } from 'vite';

const common = {
  configFile: false as const,
  base: './',
  logLevel: 'warn' as const,
  build: { outDir: 'dist', emptyOutDir: false, copyPublicDir: false, target: 'es2022' },
};

/** MapLibre's CSS as a side-effect import would be put in the host's <head> by Vite's loader: drop it. */
function noDocumentMapCss(): Plugin {
  // Not a .css id: an empty stylesheet would still be a dependency Vite's loader links into the <head>.
  const EMPTY = '\0no-document-map-css';
  return {
    name: 'storymap:no-document-map-css',
    enforce: 'pre',
    resolveId: (id) => (id === 'maplibre-gl/dist/maplibre-gl.css' ? EMPTY : null),
    load: (id) => (id === EMPTY ? 'export {};' : null),
  };
}

await build({
  ...common,
  plugins: [
    noDocumentMapCss(),
    svelte({ configFile: false, emitCss: false, compilerOptions: { css: 'injected' } }),
  ],
  build: {
    ...common.build,
    modulePreload: false,
    chunkSizeWarningLimit: 1200,
    rollupOptions: {
      input: 'src/element/mount-story.ts',
      preserveEntrySignatures: 'exports-only',
      // MapLibre's chunk keeps its name (maplibre-<hash>.js), so the benchmark's budget tells it from ours.
      output: { entryFileNames: 'story-map-element.js', chunkFileNames: 'assets/[name]-[hash].js' },
    },
  },
});

await build({
  ...common,
  build: {
    ...common.build,
    lib: {
      entry: 'src/embed/embed.ts',
      formats: ['iife'],
      name: 'storyMapEmbed',
      fileName: () => 'embed.js',
    },
  },
});
