// The dev server checks the stories once per change to them, not on every request: a page load asks for its data,
// tone sheet and static maps, and a slow story would otherwise be checked for each (review row 4).
import { EventEmitter } from 'node:events';
import { join } from 'node:path';
import type { ViteDevServer } from 'vite';
import { describe, expect, it, vi } from 'vitest';

const loads = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../scripts/stories/load-stories.ts', async (original) => {
  const real = await original<typeof import('../../scripts/stories/load-stories.ts')>();
  return {
    ...real,
    loadStories: (root: string) => {
      loads.count++;
      return real.loadStories(root);
    },
  };
});

const { storiesPlugin } = await import('../../scripts/stories/vite-plugin-stories.ts');

type Middleware = (req: { url: string }, res: unknown, next: (e?: unknown) => void) => void;

function devServer(root: string) {
  // Its hooks are plain functions; called here as Vite would, with only what they use.
  const plugin = storiesPlugin() as unknown as {
    config: (c: { root: string }, env: { command: 'serve' | 'build' }) => unknown;
    configureServer: (s: ViteDevServer) => void;
  };
  plugin.config({ root }, { command: 'serve' });
  const watcher = Object.assign(new EventEmitter(), { add: vi.fn() });
  const sent: unknown[] = [];
  let middleware: Middleware | undefined;
  plugin.configureServer({
    watcher,
    ws: { send: (m: unknown) => sent.push(m) },
    transformIndexHtml: (_url: string, html: string) => Promise.resolve(html),
    middlewares: { use: (m: Middleware) => (middleware = m) },
  } as unknown as ViteDevServer);
  const get = (url: string) =>
    new Promise<string>((done, fail) => {
      const res = {
        writeHead: () => res,
        end: (body: string) => done(body),
      };
      middleware!({ url }, res, (e) => (e ? fail(e) : done('')));
    });
  return { get, watcher, sent };
}

describe('the dev server', () => {
  const root = process.cwd();

  it('checks the stories once, however many requests, and again after a change', async () => {
    const { get, watcher, sent } = devServer(root);
    loads.count = 0;
    expect(await get('/')).toContain('ningbo-town-race');
    for (let i = 0; i < 5; i++) {
      expect(await get('/ningbo-town-race/story.json')).toContain('"slug":"ningbo-town-race"');
      expect(await get('/ningbo-town-race/tones.css')).not.toBe('');
    }
    expect(loads.count).toBe(1);

    watcher.emit('all', 'change', join(root, 'stories/ningbo-town-race/story.yaml'));
    expect(sent).toEqual([{ type: 'full-reload' }]);
    await get('/');
    await get('/');
    expect(loads.count).toBe(2);

    watcher.emit('all', 'change', join(root, 'geodata/gazetteer.json'));
    await get('/');
    expect(loads.count).toBe(3);

    // Neither the page's own sources nor a folder merely named like stories/ touch the stories.
    watcher.emit('all', 'change', join(root, 'src/page/Chapter.svelte'));
    watcher.emit('all', 'change', join(root, 'stories-old/x/story.yaml'));
    await get('/');
    expect(loads.count).toBe(3);
    expect(sent).toHaveLength(2);
  });

  it.each(['add', 'unlink', 'addDir', 'unlinkDir'])('checks again after a %s in stories/', async (event) => {
    const { get, watcher } = devServer(root);
    await get('/');
    const before = loads.count;
    watcher.emit('all', event, join(root, 'stories/new-story'));
    await get('/');
    expect(loads.count).toBe(before + 1);
  });
});
