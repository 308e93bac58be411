// Serves and builds the pages of each story folder: /<slug>/ (the story, prerendered), /<slug>/embed/ (the compact
// map for iframes), with the story's tone sheet, its data as JSON for the <story-map> element, and its static maps;
// and / listing the stories. A story with errors fails the build, and in the dev server the page shows the errors
// instead of a half-built story.
import { readFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { formatProblem, type Problem } from '../../src/check/problem.ts';
import { toneCss } from '../../src/story/tones.ts';
import { LANGS } from '../../src/locale/locales.ts';
import type { ResolvedStory } from '../../src/story/types';
import { loadChinaCoverage, loadStories, type LoadResult } from './load-stories.ts';
import { loadBasemapLayers, openingFrameMarkup, staticMapFiles } from './static-maps.ts';
import { siteTiles, storyBasemaps, type StoryBasemap } from '../tiles/site-basemap.ts';
import { TILES_FOLDER } from '../../src/geo/tiles.ts';
import { TILE_INDEX_FILE } from '../tiles/tile-index.ts';
import { loadPrerender, withPrerender } from './load-prerender.ts';
import { renderMedia } from '../media/render-media.ts';
import { PLACE_SEARCH_PATH } from '../../src/map/place-search-answer.ts';
import { placeAnswer } from '../places/place-answer.ts';
import {
  escapeHtml,
  inlineStylesheets,
  renderIndexPage,
  renderProblemsPage,
  renderStoryPage,
  withOpeningFrame,
  type Prerendered,
} from './render-page.ts';

const STORY_PAGE = 'src/story.html';
const EMBED_PAGE = 'src/iframe/index.html';

/** The embed page is drawn by its script; without one, it still names the story and links to its full page. */
function embedFallback(story: ResolvedStory): Prerendered {
  const title = LANGS.map((l) => escapeHtml(story.title[l])).join(' · ');
  const link = `<a href="../" target="_blank" rel="noopener">${title}</a>`;
  return { head: '', body: `<noscript><p class="embed-fallback">${link}</p></noscript>` };
}

/**
 * The files of a story beside its pages, by their path under /<slug>/. The static maps (drawn from the basemap) only
 * when asked for: the dev server serves tones.css and story.json without drawing every map.
 */
function storyFiles(basemap: StoryBasemap, story: ResolvedStory, maps = true): Map<string, string> {
  const files = maps ? staticMapFiles(basemap.layers, story, basemap) : new Map<string, string>();
  files.set('tones.css', toneCss(story));
  files.set('story.json', JSON.stringify(story));
  return files;
}

const TYPES: Record<string, string> = {
  svg: 'image/svg+xml',
  css: 'text/css',
  json: 'application/json',
  avif: 'image/avif',
  webp: 'image/webp',
};

/**
 * The story folder a problem belongs to, or undefined when it belongs to none (the gazetteer, say) and so to every
 * story.
 */
function problemStory(file: string): string | undefined {
  return /^stories[\\/]([^\\/]+)/.exec(file)?.[1];
}

/** Errors first: a story that fails to build was often cut off, and a warning above the cut would hide it. */
function errorsFirst(problems: Problem[]): string[] {
  return [...problems].sort((a, b) => Number(!!a.warning) - Number(!!b.warning)).map(formatProblem);
}

/** Whether a change to `file` can change what the stories are: a story folder, or the gazetteer they name. */
function affectsStories(root: string, dir: string, file: string): boolean {
  return file === join(root, 'geodata', 'gazetteer.json') || file.startsWith(dir + sep);
}

/**
 * The folder of stories: stories/, or another given by STORIES_DIR (a test builds a site of its own fixtures
 * with it, leaving stories/ alone).
 */
function storiesDir(root: string): string {
  return resolve(root, process.env.STORIES_DIR ?? 'stories');
}

/**
 * Where the dev server serves the tiles: beside the tile index, as the built site does. A file outside Vite's root
 * (the geodata, when the stories' root is elsewhere) is served under /@fs/ and its absolute path: the address ends
 * the same either way.
 */
const DEV_TILES = new RegExp(
  `/${TILE_INDEX_FILE.replace(/[^/]+$/, '')}${TILES_FOLDER}(\\d+/\\d+/\\d+)\\.pbf$`,
);

export function storiesPlugin(): Plugin {
  let root = process.cwd();
  // Each story's basemap (its layers, its box) and the site's tiles, made once per change to the stories.
  let basemaps: Map<string, StoryBasemap> | null = null;
  let tiles: Map<string, Uint8Array> | null = null;
  const basemapOf = (story: ResolvedStory) => {
    basemaps ??= storyBasemaps(
      load().stories,
      () => loadBasemapLayers(root),
      root,
      (lon, lat) => loadChinaCoverage().covers(lon, lat),
    );
    return basemaps.get(story.slug)!;
  };
  const siteTilesNow = () => {
    load().stories.forEach(basemapOf);
    tiles ??= siteTiles(basemaps!);
    return tiles;
  };
  // The dev server checks the stories once per change to them, not once per request: a page asks for its tone
  // sheet, its data and a dozen static maps, and checking a story takes tens of milliseconds (a hostile one, more).
  let loaded: LoadResult | null = null;
  let files = new Map<string, Map<string, string>>();
  const load = () => (loaded ??= loadStories(root, storiesDir(root)));
  let building = false;
  // Each story's pictures in their sizes and formats, made once per change to the stories (seconds per picture).
  let media = new Map<string, ReturnType<typeof renderMedia>>();
  const mediaOf = (story: ResolvedStory) => {
    if (!media.has(story.slug)) media.set(story.slug, renderMedia(story, load().media.get(story.slug) ?? {}));
    return media.get(story.slug)!;
  };

  async function devPage(server: ViteDevServer, url: URL): Promise<string | Uint8Array | null> {
    const { stories, problems } = load();
    // Every page goes through Vite, whose client it then carries: a page showing problems hears the reload that
    // follows the fix, and comes back by itself.
    const html = (text: string) => server.transformIndexHtml(url.pathname, text);
    if (url.pathname === '/')
      return html(problems.length > 0 ? renderProblemsPage(errorsFirst(problems)) : renderIndexPage(stories));
    const [, slug, rest] = /^\/([a-z0-9-]+)\/(.*)$/.exec(url.pathname) ?? [];
    if (rest === undefined) return null;
    // A broken story stops its own pages, not the others'.
    const own = problems.filter((p) => [slug, undefined].includes(problemStory(p.file)));
    if (own.length > 0 && (rest === '' || rest === 'embed/'))
      return html(renderProblemsPage(errorsFirst(own)));
    const story = stories.find((s) => s.slug === slug);
    if (!story) return null;
    if (rest.startsWith('media/')) return (await mediaOf(story)).files.get(rest) ?? null;
    const page = (file: string) => html(readFileSync(join(root, file), 'utf8'));
    if (rest === '')
      return withOpeningFrame(
        renderStoryPage(await page(STORY_PAGE), story, (await loadPrerender(server))(story)),
        openingFrameMarkup(basemapOf(story).layers, story, basemapOf(story).dataBox),
      );
    if (rest === 'embed/') return renderStoryPage(await page(EMBED_PAGE), story, embedFallback(story), '../');
    const maps = rest.startsWith('maps/');
    const key = `${story.slug}${maps ? ':maps' : ''}`;
    if (!files.has(key)) files.set(key, storyFiles(basemapOf(story), story, maps));
    return files.get(key)!.get(rest) ?? null;
  }

  return {
    name: 'storymap:stories',
    config(config, env) {
      root = config.root ?? root;
      building = env.command === 'build';
      return {
        build: { rollupOptions: { input: { story: join(root, STORY_PAGE), embed: join(root, EMBED_PAGE) } } },
      };
    },
    async buildStart() {
      // Checked afresh for each build (a watched build runs this again), and once for all of it.
      loaded = null;
      basemaps = null;
      tiles = null;
      media = new Map();
      const { stories, warnings } = load();
      // A picture the encoder cannot read, or one over the story's media budget, stops the build like the checker's
      // problems: only the build decodes the pictures whole.
      const pictures = building ? await Promise.all(stories.map(mediaOf)) : [];
      const problems = [...load().problems, ...pictures.flatMap((m) => m.problems)];
      if (problems.length > 0) {
        const report = `${problems.length} problem(s) in stories:\n${problems.map(formatProblem).join('\n')}`;
        // A build stops here with the editor's problems alone: through this.error the bundler would print them
        // under its own stack trace, which says nothing about the story.
        if (building) {
          console.error(`\n${report}\n`);
          process.exit(1);
        }
        this.error(report);
      }
      for (const w of warnings) this.warn(formatProblem(w));
      this.addWatchFile(storiesDir(root));
    },
    generateBundle: {
      // After Vite's own HTML plugin has emitted the templates.
      order: 'post',
      async handler(_, bundle) {
        const template = (name: string) => {
          const page = bundle[name];
          if (!page || page.type !== 'asset') this.error(`${name} was not built`);
          delete bundle[name];
          return String(page.source);
        };
        // Each template sits as deep under src/ as the pages made from it (/<slug>/index.html and
        // /<slug>/embed/index.html), so the relative asset URLs Vite wrote into it hold.
        const storyPage = template(STORY_PAGE);
        const embedPage = template(EMBED_PAGE);
        const { stories } = load();
        const pages = await withPrerender(root, (prerender) =>
          stories.map((story) =>
            withOpeningFrame(
              renderStoryPage(storyPage, story, prerender(story)),
              openingFrameMarkup(basemapOf(story).layers, story, basemapOf(story).dataBox),
            ),
          ),
        );
        // The pages carry their stylesheets (render-page.ts says why): the files are no longer asked for.
        const inlined = new Set<string>();
        const css = (story: ResolvedStory) => (href: string) => {
          if (/^(\.\.\/)?tones\.css$/.test(href)) return toneCss(story);
          const file = href.replace(/^(\.\.\/)+/, '');
          const asset = bundle[file];
          if (asset?.type !== 'asset' || !file.endsWith('.css')) return undefined;
          inlined.add(file);
          return String(asset.source);
        };
        stories.forEach((story, i) => {
          const emit = (file: string, source: string) =>
            this.emitFile({ type: 'asset', fileName: `${story.slug}/${file}`, source });
          emit('index.html', inlineStylesheets(pages[i]!, css(story)));
          emit(
            'embed/index.html',
            inlineStylesheets(renderStoryPage(embedPage, story, embedFallback(story), '../'), css(story)),
          );
          for (const [file, source] of storyFiles(basemapOf(story), story)) emit(file, source);
        });
        for (const story of stories)
          for (const [file, source] of (await mediaOf(story)).files)
            this.emitFile({ type: 'asset', fileName: `${story.slug}/${file}`, source });
        // The tiles beside the tile index the map's code was built with: it finds them from the index's URL.
        const index = Object.keys(bundle).find((f) => /^assets\/tiles-[\w-]+\.json$/.test(f));
        if (!index) this.error('the tile index (geodata/build/tiles.json) was not built');
        const folder = index.replace(/[^/]+$/, '') + TILES_FOLDER;
        for (const [zxy, source] of siteTilesNow())
          this.emitFile({ type: 'asset', fileName: `${folder}${zxy}.pbf`, source });
        for (const file of inlined) delete bundle[file];
        this.emitFile({ type: 'asset', fileName: 'index.html', source: renderIndexPage(stories) });
      },
    },
    configureServer(server) {
      server.watcher.add([storiesDir(root), join(root, 'geodata', 'gazetteer.json')]);
      server.watcher.on('all', (_event, file) => {
        if (!affectsStories(root, storiesDir(root), file)) return;
        loaded = null;
        basemaps = null;
        tiles = null;
        files = new Map();
        media = new Map();
        server.ws.send({ type: 'full-reload' });
      });
      server.middlewares.use((req, res, next) => {
        const url = new URL(req.url ?? '/', 'http://localhost');
        const tile = DEV_TILES.exec(url.pathname);
        if (tile) {
          // Cut from the stories that check: one broken story must not take the other stories' maps away.
          const bytes = siteTilesNow().get(tile[1]!);
          if (!bytes) res.writeHead(404).end();
          else res.writeHead(200, { 'Content-Type': 'application/x-protobuf' }).end(Buffer.from(bytes));
          return;
        }
        if (url.pathname === PLACE_SEARCH_PATH) {
          // The author tools' place search; only the dev server has it, so the built site never carries the index.
          const answer = placeAnswer(url.searchParams.get('q') ?? '');
          res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(answer));
          return;
        }
        const bare = /^\/[a-z0-9-]+(\/embed)?$/.exec(url.pathname);
        if (bare) {
          res.writeHead(302, { Location: `${url.pathname}/${url.search}` }).end();
          return;
        }
        devPage(server, url).then((body) => {
          if (body === null) return next();
          const type = TYPES[url.pathname.split('.').pop() ?? ''] ?? 'text/html';
          res.writeHead(200, { 'Content-Type': type }).end(body);
        }, next);
      });
    },
  };
}
