// The live map's canvas while it starts (create-map.ts, hideUntilDrawn): out of the page's frames under the first
// frame until its first rest, so that no frame of it is composited before the reader can see it; shown at ready,
// drawn; and shown at once when a reader moved on while it started, for them to see the map move.
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDir, type Served } from '../../scripts/serve-dir';
import type { ResolvedStory } from '../../src/story/types';
import { PALETTE } from '../../src/map/style/palette';
import { DESKTOP, openPage } from '../../scripts/browser/chromium';
import { mapPixelsOf, scrollToChapter, settled } from '../../scripts/browser/story-page';
import { sharedBrowser } from './browser';

const SLUG = 'ningbo-town-race';
let browser: Browser;
let site: Served;
let story: ResolvedStory;

beforeAll(async () => {
  site = await serveDir(resolve(import.meta.dirname, '../../dist'));
  browser = await sharedBrowser();
  story = (await (await fetch(`${site.url}/${SLUG}/story.json`)).json()) as ResolvedStory;
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** Notes the canvas's visibility as it is made and at each state the map publishes, in order. */
const WATCH = `(() => {
  const seen = (window.__canvas = []);
  const look = (what) => {
    const c = document.querySelector('.story-map canvas');
    if (c) seen.push(what + ':' + getComputedStyle(c).visibility);
  };
  new MutationObserver((records) => {
    for (const r of records)
      if (r.type === 'attributes') look(r.target.dataset.mapState);
      else if (seen.length === 0) look('made');
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-map-state'] });
})();`;

const watched = (page: Page) => page.evaluate(() => (window as unknown as { __canvas: string[] }).__canvas);

/** Holds MapLibre's chunk (not its worker) until the returned function is called. */
async function holdMapLibre(page: Page): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  await page.context().route(/\/assets\/maplibre-(?!gl)[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

describe("the live map's canvas as the map starts", () => {
  it('is out of sight as it is made, shown at ready, and shows the drawn map', async () => {
    const w = await openPage(browser, site.url, DESKTOP);
    await w.page.addInitScript({ content: WATCH });
    await w.page.goto(`${site.url}/${SLUG}/`);
    await settled(w.page, story.chapters[0]!.id);
    const seen = await watched(w.page);
    expect(seen[0]).toBe('made:hidden');
    expect(seen.find((s) => s.startsWith('ready:'))).toBe('ready:visible');
    expect(await mapPixelsOf(w.page, PALETTE.sea)).toBeGreaterThan(1000);
    expect(w.errors).toEqual([]);
    await w.close();
  });

  it('is shown as the map starts to move when the reader moved on while it started', async () => {
    const w = await openPage(browser, site.url, DESKTOP);
    await w.page.addInitScript({ content: WATCH });
    const release = await holdMapLibre(w.page);
    await w.page.goto(`${site.url}/${SLUG}/`);
    const next = story.chapters[1]!;
    await scrollToChapter(w.page, next.id);
    release();
    await settled(w.page, next.id);
    const seen = await watched(w.page);
    expect(seen.find((s) => s.startsWith('moving:'))).toBe('moving:visible');
    expect(w.errors).toEqual([]);
    await w.close();
  });
});
