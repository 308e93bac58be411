// A line so slow that MapLibre's worker is still arriving when the map's start runs out of time: the reader gets the
// static maps and a retry, and the retry uses the worker that kept downloading, rather than throwing it away and
// asking for it again on the same slow line.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SMALL_DESKTOP, openPage } from '../../scripts/browser/chromium';
import { settled } from '../../scripts/browser/story-page';
import { BUILT_START_WITHIN_MS } from '../../src/story/start-within';
import { sharedBrowser } from './browser';

const WORKER = /\/assets\/maplibre-gl-csp-worker-[\w-]+\.js$/;

const site = inject('siteUrl');
let browser: Browser;
beforeAll(async () => (browser = await sharedBrowser()));
afterAll(() => browser?.close());

describe('a worker slower than the start’s deadline', () => {
  it('is kept past the deadline, and the retry brings the map without asking for it again', async () => {
    const w = await openPage(browser, site, SMALL_DESKTOP);
    try {
      let asked = 0;
      let arrived!: () => void;
      const done = new Promise<void>((r) => (arrived = r));
      await w.page.context().route(WORKER, async (route) => {
        asked++;
        const response = await route.fetch();
        // Past the deadline, as on a thin line: the map gives up first.
        await new Promise((r) => setTimeout(r, BUILT_START_WITHIN_MS + 2_000));
        await route.fulfill({ response });
        arrived();
      });
      await w.page.goto(`${site}/ningbo-town-race/?lang=en`, { waitUntil: 'commit' });
      await w.page.waitForSelector('[data-map-state="error"]', { timeout: BUILT_START_WITHIN_MS + 10_000 });
      await done;
      await w.page.getByRole('button', { name: 'Try again' }).click();
      await settled(w.page);
      expect(await w.page.locator('[data-map-state]').getAttribute('data-map-state')).toBe('ready');
      expect(asked).toBe(1);
    } finally {
      await w.close();
    }
  }, 60_000);
});
