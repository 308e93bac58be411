// Serves and builds one page per story folder: /<slug>/ from the story.html template with the resolved story
// embedded as JSON, and / listing the stories. A story with errors fails the build, and in the dev server the
// page shows the errors instead of a half-built story.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { formatProblem } from '../../src/story/problem';
import { loadStories } from './load-stories';
import { loadBasemapLayers, staticMapFiles } from './static-maps';
import { loadPrerender, withPrerender } from './load-prerender';
import { renderIndexPage, renderProblemsPage, renderStoryPage } from './render-page';

const TEMPLATE = 'src/story.html';

export function storiesPlugin(): Plugin {
  let root = process.cwd();

  async function devPage(server: ViteDevServer, url: URL): Promise<string | null> {
    const { stories, problems } = loadStories(root);
    if (problems.length > 0) return renderProblemsPage(problems.map(formatProblem));
    if (url.pathname === '/') return renderIndexPage(stories);
    const map = /^\/([a-z0-9-]+)\/(maps\/[a-z0-9-]+\.(?:zh|en)\.svg)$/.exec(url.pathname);
    if (map) {
      const story = stories.find((s) => s.slug === map[1]);
      return (story && staticMapFiles(loadBasemapLayers(root), story).get(map[2]!)) ?? null;
    }
    const story = stories.find((s) => url.pathname === `/${s.slug}/`);
    if (!story) return null;
    const template = await server.transformIndexHtml(
      url.pathname,
      readFileSync(join(root, TEMPLATE), 'utf8'),
    );
    return renderStoryPage(template, story, (await loadPrerender(server))(story));
  }

  return {
    name: 'storymap:stories',
    config(config) {
      root = config.root ?? root;
      return { build: { rollupOptions: { input: { story: join(root, TEMPLATE) } } } };
    },
    buildStart() {
      const { problems } = loadStories(root);
      if (problems.length > 0)
        this.error(`${problems.length} problem(s) in stories:\n${problems.map(formatProblem).join('\n')}`);
      this.addWatchFile(join(root, 'stories'));
    },
    generateBundle: {
      // After Vite's own HTML plugin has emitted the template.
      order: 'post',
      async handler(_, bundle) {
        const page = bundle[TEMPLATE];
        if (!page || page.type !== 'asset') this.error(`${TEMPLATE} was not built`);
        // The map's code and data are requested as the HTML arrives, not only once the page's own script has run:
        // the story's text does not wait for them, the map waits less.
        const files = Object.keys(bundle);
        const find = (re: RegExp) => files.find((f) => re.test(f));
        const hints = [
          [find(/^assets\/maplibre-[\w-]+\.js$/), 'rel="modulepreload"'],
          [find(/^assets\/basemap\.topo-[\w-]+\.json$/), 'rel="preload" as="fetch" crossorigin'],
        ]
          .filter(([file]) => file)
          .map(([file, rel]) => `<link ${rel} href="../${file}">`)
          .join('');
        const template = String(page.source).replace('</head>', `${hints}</head>`);
        delete bundle[TEMPLATE];
        // The template sits one folder deep (src/), like every /<slug>/index.html, so its relative asset URLs hold.
        const { stories } = loadStories(root);
        const pages = await withPrerender(root, (prerender) =>
          stories.map((story) => renderStoryPage(template, story, prerender(story))),
        );
        const layers = loadBasemapLayers(root);
        stories.forEach((story, i) => {
          this.emitFile({ type: 'asset', fileName: `${story.slug}/index.html`, source: pages[i]! });
          for (const [file, svg] of staticMapFiles(layers, story))
            this.emitFile({ type: 'asset', fileName: `${story.slug}/${file}`, source: svg });
        });
        this.emitFile({ type: 'asset', fileName: 'index.html', source: renderIndexPage(stories) });
      },
    },
    configureServer(server) {
      server.watcher.add(join(root, 'stories'));
      server.watcher.on('change', (file) => {
        if (file.includes(`${join(root, 'stories')}`)) server.ws.send({ type: 'full-reload' });
      });
      server.middlewares.use((req, res, next) => {
        const url = new URL(req.url ?? '/', 'http://localhost');
        const slugOnly = /^\/([a-z0-9-]+)$/.exec(url.pathname);
        if (slugOnly && !url.pathname.includes('.')) {
          res.writeHead(302, { Location: `${url.pathname}/${url.search}` }).end();
          return;
        }
        devPage(server, url).then(
          (body) => {
            if (body === null) return next();
            const type = url.pathname.endsWith('.svg') ? 'image/svg+xml' : 'text/html';
            res.writeHead(200, { 'Content-Type': type }).end(body);
          },
          next,
        );
      });
    },
  };
}
