// Builds the benchmark's pages into dist-bench/, with the project's build target and relative URLs: the floor
// (baseline.html) and the rung (rung.html), which carries the built story's data as the story page does.
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

const SITE = resolve(import.meta.dirname, '../../dist');
const STORY_PAGE = resolve(SITE, 'ningbo-town-race/index.html');
const OUT = resolve(import.meta.dirname, '../../dist-bench');

/** The built story page's own data element, copied as it is: the rung draws exactly what that page draws. */
function storyData(): Plugin {
  return {
    name: 'bench-story-data',
    transformIndexHtml(html, { filename }) {
      if (!filename.endsWith('rung.html')) return html;
      if (!existsSync(STORY_PAGE))
        throw new Error(`${STORY_PAGE} is missing: build the site first (npm run build)`);
      const data = /<script type="application\/json" id="story-data">[\s\S]*?<\/script>/.exec(
        readFileSync(STORY_PAGE, 'utf8'),
      )?.[0];
      if (!data) throw new Error(`${STORY_PAGE}: no #story-data`);
      return html.replace('<!--story-data-->', () => data);
    },
  };
}

/**
 * The site's basemap tiles beside the rung's tile index, where the story's own map code looks for them
 * (src/geo/tiles.ts): the rung draws from the same files the story page does.
 */
function siteTiles(): Plugin {
  return {
    name: 'bench-site-tiles',
    closeBundle() {
      cpSync(resolve(SITE, 'assets/tiles'), resolve(OUT, 'assets/tiles'), { recursive: true });
    },
  };
}

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  // The project's public/ files belong to the story site, not to the floor it is measured against.
  publicDir: false,
  plugins: [storyData(), siteTiles()],
  build: {
    target: 'es2022',
    outDir: OUT,
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
    rollupOptions: {
      input: {
        baseline: resolve(import.meta.dirname, 'baseline.html'),
        rung: resolve(import.meta.dirname, 'rung.html'),
      },
    },
  },
});
