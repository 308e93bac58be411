// The contract between apply-view.ts and MapLibre: every method the bridge calls exists on the real Map (named when
// one goes away), and the calls the fake map answers in test/unit/apply-view.test.ts do the same to a real map.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadGazetteer, loadStory } from '../../scripts/stories/load-stories';
import { storiesPlugin } from '../../scripts/stories/vite-plugin-stories';
import type { BuiltStory } from '../../src/story/types';
import { SMALL_DESKTOP, openPage, type WatchedPage } from '../../scripts/browser/chromium';
import type { Bridge } from './contract/apply-view-page';
import { sharedBrowser } from './browser';

const project = resolve(import.meta.dirname, '../..');
const { stories } = loadStory(project, join(project, 'stories/ningbo-town-race'), loadGazetteer(project));
const story = stories[0]!;
let browser: Browser;
let server: ViteDevServer;
let cache: string;
let w: WatchedPage;

beforeAll(async () => {
  browser = await sharedBrowser();
  // Its own dependency cache: node_modules may be shared with other checkouts.
  cache = mkdtempSync(join(tmpdir(), 'apply-view-contract-'));
  server = await createServer({
    root: project,
    configFile: false,
    // The basemap's tiles, as the dev server serves them.
    plugins: [storiesPlugin()],
    cacheDir: cache,
    logLevel: 'error',
    server: { port: 0, host: '127.0.0.1' },
  });
  await server.listen();
  const url = server.resolvedUrls!.local[0]!.replace(/\/$/, '');
  w = await openPage(browser, url, SMALL_DESKTOP);
  await w.page.goto(`${url}/test/browser/contract/apply-view.html`);
  await w.page.waitForFunction(() => 'bridge' in window, null, { timeout: 90_000 });
});
afterAll(async () => {
  await w?.close();
  await server?.close();
  await browser?.close();
  if (cache) rmSync(cache, { recursive: true, force: true });
});

/** Runs `fn` in the page with the bridge's modules and the story. */
function inPage<T>(page: Page, fn: (bridge: Bridge, story: BuiltStory) => Promise<T>): Promise<T> {
  return page.evaluate(
    ([source, data]) => {
      const bridge = (window as unknown as { bridge: Bridge }).bridge;
      return (0, eval)(`(${source})`)(bridge, data) as Promise<T>;
    },
    [fn.toString(), story] as const,
  );
}

describe('applyView against real MapLibre', () => {
  it('calls only methods that MapLibre’s Map has', async () => {
    const missing = await inPage(w.page, async ({ createMap, mapView, VIEW_METHODS }, s) => {
      const container = document.getElementById('map')!;
      const box = { width: 800, height: 600, insetTop: 0, insetBottom: 0 };
      const { map, lib } = await createMap({
        container,
        story: s,
        lang: 'zh',
        view: mapView(s, s.chapters[0]!, 'zh', box),
      });
      (window as unknown as { map: unknown }).map = map;
      const proto = lib.Map.prototype as unknown as Record<string, unknown>;
      return VIEW_METHODS.filter((name) => typeof proto[name] !== 'function');
    });
    expect(missing).toEqual([]);
  });

  it('shows on the real map what it shows on the fake: the view, and then the next one', async () => {
    const from = story.chapters[0]!;
    const to = story.chapters.find(
      (c) => c.highlight.join() !== from.highlight.join() && c.markers.join() !== from.markers.join(),
    )!;
    const seen = await inPage(w.page, async ({ applyView, cameraOf, mapView }, s) => {
      const map = (window as unknown as { map: import('maplibre-gl').Map }).map;
      const box = { width: 800, height: 600, insetTop: 0, insetBottom: 0 };
      const views = s.chapters.map((c) => mapView(s, c, 'en', box));
      const first = mapView(s, s.chapters[0]!, 'zh', box);
      const next = views.find(
        (v) => v.highlight.join() !== first.highlight.join() && v.markers.join() !== first.markers.join(),
      )!;
      // The story's own layer, as author-layers.ts will add it: hidden until a chapter names it.
      map.addLayer({
        id: 'author-ferry-line',
        type: 'line',
        source: 'areas',
        layout: { visibility: 'none' },
      });
      const read = () => ({
        camera: cameraOf(map),
        filters: Object.fromEntries(Object.keys(next.filters).map((l) => [l, map.getFilter(l)])),
        text: Object.fromEntries(
          Object.keys(next.text).map((l) => [l, map.getLayoutProperty(l, 'text-field')]),
        ),
        highlight: [...new Set([...first.highlight, ...next.highlight])]
          .filter(
            (id) => map.getFeatureState({ source: 'basemap', sourceLayer: 'ground', id }).highlight === true,
          )
          .sort(),
        ferry: map.getLayoutProperty('author-ferry-line', 'visibility') as string,
      });
      const before = read();
      applyView(map, first, { ...next, visible: { ferry: true } }, 'jump');
      await new Promise((done) => map.once('idle', done));
      return { before, after: read(), first, next };
    });
    expect(seen.next.chapter).toBe(to.id);
    const { first, next } = seen;
    for (const [shown, view] of [
      [seen.before, first],
      [seen.after, next],
    ] as const) {
      expect(shown.filters, view.chapter).toEqual(view.filters);
      expect(shown.text, view.chapter).toEqual(view.text);
      expect(shown.highlight, view.chapter).toEqual([...view.highlight].sort());
      expect(shown.camera.center[0], view.chapter).toBeCloseTo(view.camera.center[0], 6);
      expect(shown.camera.center[1], view.chapter).toBeCloseTo(view.camera.center[1], 6);
      expect(shown.camera.zoom, view.chapter).toBeCloseTo(view.camera.zoom, 6);
    }
    expect(seen.before.ferry).toBe('none');
    expect(seen.after.ferry).toBe('visible');
    expect(w.errors).toEqual([]);
    expect(w.foreign).toEqual([]);
  });
});
