// Serves and builds the pages of each story folder: /<slug>/ (the story, prerendered), /<slug>/embed/ (the compact
// map for iframes), with the story's tone sheet, its data as JSON for the <story-map> element, and its static maps;
// and / listing the stories. A story with errors fails the build, and in the dev server the page shows the errors
// instead of a half-built story.
import { readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { formatProblem, type Problem } from '../../src/check/problem.ts';
import { toneCss } from '../../src/story/tones.ts';
import { LANGS } from '../../src/locale/locales.ts';
import type { ResolvedStory } from '../../src/story/types';
import { loadStories, type LoadResult } from './load-stories.ts';
import { loadBasemapLayers, openingFrameMarkup, staticMapFiles } from './static-maps.ts';
import { loadPrerender, withPrerender } from './load-prerender.ts';
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
function storyFiles(root: string, story: ResolvedStory, maps = true): Map<string, string> {
  const files = maps ? staticMapFiles(loadBasemapLayers(root), story) : new Map<string, string>();
  files.set('tones.css', toneCss(story));
  files.set('story.json', JSON.stringify(story));
  return files;
}

const TYPES: Record<string, string> = { svg: 'image/svg+xml', css: 'text/css', json: 'application/json' };

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
function affectsStories(root: string, file: string): boolean {
  return file === join(root, 'geodata', 'gazetteer.json') || file.startsWith(join(root, 'stories') + sep);
}

export function storiesPlugin(): Plugin {
  let root = process.cwd();
  // The dev server checks the stories once per change to them, not once per request: a page asks for its tone
  // sheet, its data and a dozen static maps, and checking a story takes tens of milliseconds (a hostile one, more).
  let loaded: LoadResult | null = null;
  let files = new Map<string, Map<string, string>>();
  const load = () => (loaded ??= loadStories(root));
  let building = false;

  async function devPage(server: ViteDevServer, url: URL): Promise<string | null> {
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
    const page = (file: string) => html(readFileSync(join(root, file), 'utf8'));
    if (rest === '')
      return withOpeningFrame(
        renderStoryPage(await page(STORY_PAGE), story, (await loadPrerender(server))(story)),
        openingFrameMarkup(loadBasemapLayers(root), story),
      );
    if (rest === 'embed/') return renderStoryPage(await page(EMBED_PAGE), story, embedFallback(story), '../');
    const maps = rest.startsWith('maps/');
    const key = `${story.slug}${maps ? ':maps' : ''}`;
    if (!files.has(key)) files.set(key, storyFiles(root, story, maps));
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
    buildStart() {
      // Checked afresh for each build (a watched build runs this again), and once for all of it.
      loaded = null;
      const { problems, warnings } = load();
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
      this.addWatchFile(join(root, 'stories'));
    },
    generateBundle: {
      // After Vite's own HTML plugin has emitted the templates.
      order: 'post',
      async handler(_, bundle) {
        const template = (name: string, depth: string) => {
          const page = bundle[name];
          if (!page || page.type !== 'asset') this.error(`${name} was not built`);
          delete bundle[name];
          // The basemap (38 KB) is requested as the HTML arrives, not only once the page's script has run. MapLibre's
          // code is not: preloaded, its 250 KB gzip took the bandwidth the story's text needed on a slow line
          // (Lighthouse's first contentful paint 2.8 s with the preload, 1.6 s without).
          const basemap = Object.keys(bundle).find((f) => /^assets\/basemap\.topo-[\w-]+\.json$/.test(f));
          const hint = basemap ? `<link rel="preload" as="fetch" crossorigin href="${depth}${basemap}">` : '';
          return String(page.source).replace('</head>', `${hint}</head>`);
        };
        // Each template sits as deep under src/ as the pages made from it (/<slug>/index.html and
        // /<slug>/embed/index.html), so the relative asset URLs Vite wrote into it hold.
        const storyPage = template(STORY_PAGE, '../');
        const embedPage = template(EMBED_PAGE, '../../');
        const { stories } = load();
        const pages = await withPrerender(root, (prerender) =>
          stories.map((story) =>
            withOpeningFrame(
              renderStoryPage(storyPage, story, prerender(story)),
              openingFrameMarkup(loadBasemapLayers(root), story),
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
          for (const [file, source] of storyFiles(root, story)) emit(file, source);
        });
        for (const file of inlined) delete bundle[file];
        this.emitFile({ type: 'asset', fileName: 'index.html', source: renderIndexPage(stories) });
      },
    },
    configureServer(server) {
      server.watcher.add([join(root, 'stories'), join(root, 'geodata', 'gazetteer.json')]);
      server.watcher.on('all', (_event, file) => {
        if (!affectsStories(root, file)) return;
        loaded = null;
        files = new Map();
        server.ws.send({ type: 'full-reload' });
      });
      server.middlewares.use((req, res, next) => {
        const url = new URL(req.url ?? '/', 'http://localhost');
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
