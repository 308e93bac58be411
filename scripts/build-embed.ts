// Builds what a news page loads from us, after `vite build` has built the site into dist/:
// - dist/embed.js, a classic script (IIFE), so a CMS can paste a plain <script src> and it runs without CORS;
// - dist/story-map-element.js, the module embed.js imports for <story-map>: the story with its component styles as
//   a string the element adopts, as a constructed stylesheet, inside its shadow root. A <style> element (Svelte's
//   `css: 'injected'`) is an inline style, which a news page's CSP without 'unsafe-inline' blocks; a constructed
//   sheet is not subject to style-src at all. MapLibre is the pages' own chunk, not a second copy of it.
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { build, type Plugin } from 'vite';
// Imported here, outside the bundle, the element's CSS is still the placeholder the build replaces.
import { componentCss as COMPONENT_CSS_PLACEHOLDER } from '../src/element/component-css';
import { bundledPackages } from './bundled-packages';
import { phoneQuery } from './phone-query';
import { mapLibreCss } from './maplibre-css';

const ROOT = resolve(import.meta.dirname, '..');
const common = {
  configFile: false as const,
  root: ROOT,
  base: './',
  logLevel: 'warn' as const,
  build: { outDir: 'dist', emptyOutDir: false, copyPublicDir: false, target: 'es2022' },
};

/** The MapLibre chunk `vite build` made for the pages (assets/maplibre-<hash>.js, beside its worker). */
function pagesMapLibreChunk(): string {
  const found = readdirSync(resolve(ROOT, 'dist/assets')).filter((name) =>
    /^maplibre-(?!gl-)[\w-]+\.js$/.test(name),
  );
  if (found.length !== 1)
    throw new Error(
      `build-embed: expected one MapLibre chunk from \`vite build\` in dist/assets, found ${found.length ? found.join(', ') : 'none'}`,
    );
  return `assets/${found[0]}`;
}

/**
 * The element imports MapLibre as the pages do (src/map/maplibre/maplibre.ts, whose chunk exports it as `default` and starts
 * its worker relative to its own URL): that import is pointed at the pages' chunk, so dist/ holds one copy of
 * MapLibre's 950 KB, not two byte-identical ones. (The browser tests load the element, so a change in that chunk's
 * shape does not go unseen.)
 */
function pagesMapLibre(chunk: string): Plugin {
  const source = resolve(ROOT, 'src/map/maplibre/maplibre.ts');
  return {
    name: 'storymap:pages-maplibre',
    enforce: 'pre',
    async resolveId(id, importer) {
      if (!importer || !/maplibre/.test(id)) return null;
      const resolved = await this.resolve(id, importer, { skipSelf: true });
      return resolved?.id === source ? { id: `./${chunk}`, external: true } : null;
    },
  };
}

/** Puts the component CSS Vite collected (one sheet: cssCodeSplit is off) into the JS in place of the placeholder. */
function componentCssInJs(): Plugin {
  return {
    name: 'storymap:component-css-in-js',
    enforce: 'post',
    generateBundle(_, bundle) {
      const sheets = Object.values(bundle).filter((f) => f.type === 'asset' && f.fileName.endsWith('.css'));
      const css = sheets.map((f) => (f.type === 'asset' ? String(f.source) : '')).join('\n');
      for (const f of sheets) delete bundle[f.fileName];
      const literal = new RegExp(`(["'\`])${COMPONENT_CSS_PLACEHOLDER}\\1`, 'g');
      let replaced = 0;
      for (const f of Object.values(bundle))
        if (f.type === 'chunk') f.code = f.code.replace(literal, () => (replaced++, JSON.stringify(css)));
      if (replaced !== 1 || !css)
        this.error(`component CSS: ${replaced} placeholders replaced, ${css.length} characters of CSS`);
    },
  };
}

await build({
  ...common,
  plugins: [
    pagesMapLibre(pagesMapLibreChunk()),
    phoneQuery(),
    mapLibreCss(),
    svelte({ configFile: false, emitCss: true, compilerOptions: { css: 'external' } }),
    componentCssInJs(),
    bundledPackages('element'),
  ],
  build: {
    ...common.build,
    modulePreload: false,
    cssCodeSplit: false,
    rollupOptions: {
      input: 'src/element/mount-story.ts',
      preserveEntrySignatures: 'exports-only',
      output: { entryFileNames: 'story-map-element.js', chunkFileNames: 'assets/[name]-[hash].js' },
    },
  },
});

await build({
  ...common,
  plugins: [bundledPackages('embed')],
  build: {
    ...common.build,
    lib: {
      entry: 'src/host/embed.ts',
      formats: ['iife'],
      name: 'storyMapEmbed',
      fileName: () => 'embed.js',
    },
  },
});
