// A route drawn as the reader scrolls (silk-roads-tianshan's closing chapter draws route-schematic with the scroll):
// the live map draws none of it where the chapter starts, about half of it halfway through, all of it at its end;
// with reduced motion it is whole from the start; in print the chapter's static map draws it whole.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DESKTOP, openPage } from '../../scripts/browser/chromium';
import { mapPixelsOf, settled, storyData } from '../../scripts/browser/story-page';
import { sharedBrowser } from './browser';
import type { Browser } from 'playwright-core';

const SLUG = 'silk-roads-tianshan';
const CHAPTER = 'closing';
const LAYER = 'route-schematic';
const site = inject('siteUrl');
let browser: Browser;
beforeAll(async () => (browser = await sharedBrowser()));
afterAll(() => browser?.close());

/** Scrolls so that the reading line (mid-screen beside the map) lies `share` of the way down the chapter. */
async function readTo(page: Page, share: number) {
  await page.locator(`[data-chapter-id="${CHAPTER}"]`).evaluate((el, share) => {
    const box = el.getBoundingClientRect();
    // Just past the chapter's top at 0, just short of its end at 1: the reading line is then inside it.
    const at = box.top + Math.min(Math.max(share * box.height, 1), box.height - 1);
    window.scrollBy(0, at - window.innerHeight / 2);
  }, share);
}

/** The share of the route the map says it draws (data-drawn, read back from MapLibre's paint property). */
async function drawnShare(page: Page): Promise<number> {
  const drawn = await page.locator('[data-map-state]').getAttribute('data-drawn');
  const share = new RegExp(`${LAYER}:([0-9.]+)`).exec(drawn ?? '')?.[1];
  return share === undefined ? NaN : Number(share);
}

/** The route's pixels on the map's canvas once MapLibre has drawn the share it was given. */
async function routePixels(page: Page, colour: string): Promise<number> {
  // Two frames: one for the scroll to be read and the paint set, one for MapLibre to draw it.
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(null)))),
  );
  await settled(page, CHAPTER);
  // The chapter dots, the legend and the place markers are drawn in the route's colour too. Style set through the
  // DOM, which the page's CSP allows (a style tag it refuses).
  await page.evaluate(() => {
    for (const el of document.querySelectorAll<HTMLElement>('.nav-slot, .layer-legend, .maplibregl-marker'))
      el.style.visibility = 'hidden';
  });
  return mapPixelsOf(page, colour);
}

/** The story page at the chapter, the map at rest there. */
async function openAtChapter(reducedMotion: 'reduce' | 'no-preference') {
  const w = await openPage(browser, site, { ...DESKTOP, reducedMotion });
  await w.page.goto(`${site}/${SLUG}/?lang=en#${CHAPTER}`);
  await settled(w.page, CHAPTER);
  const colour = (await storyData(w.page)).layers![LAYER]!.color;
  return { w, colour };
}

describe('a route drawn as the reader scrolls', () => {
  it('grows from none at the chapter’s start to half halfway and all of it at its end', async () => {
    const { w, colour } = await openAtChapter('no-preference');
    const seen: Record<string, { share: number; pixels: number }> = {};
    for (const at of [0, 0.5, 1]) {
      await readTo(w.page, at);
      await expect.poll(() => drawnShare(w.page)).toBeCloseTo(at, 1);
      seen[at] = { share: await drawnShare(w.page), pixels: await routePixels(w.page, colour) };
    }
    const whole = seen[1]!.pixels;
    const report = JSON.stringify(seen);
    // A 3 px line across the map of all six cities: several hundred pixels when whole.
    expect(whole, report).toBeGreaterThan(500);
    expect(seen[0]!.pixels, report).toBeLessThan(whole * 0.05);
    expect(seen[0.5]!.pixels / whole, report).toBeGreaterThan(0.35);
    expect(seen[0.5]!.pixels / whole, report).toBeLessThan(0.65);
    expect(w.errors).toEqual([]);
    await w.close();
  });

  it('is whole from the chapter’s start with reduced motion, and in print', async () => {
    const { w, colour } = await openAtChapter('reduce');
    await readTo(w.page, 1);
    await expect.poll(() => drawnShare(w.page)).toBe(1);
    const whole = await routePixels(w.page, colour);
    await readTo(w.page, 0);
    await w.page.waitForFunction(
      (id) => document.querySelector(`[data-chapter-id="${id}"]`)?.classList.contains('active'),
      CHAPTER,
    );
    expect(await drawnShare(w.page)).toBe(1);
    const atStart = await routePixels(w.page, colour);
    expect(whole).toBeGreaterThan(500);
    expect(atStart, `${atStart} pixels at the chapter's start, ${whole} at its end`).toBeGreaterThan(
      whole * 0.95,
    );

    // Print shows the chapter's static map in place of the live one: the whole route is drawn on it.
    await w.page.emulateMedia({ media: 'print' });
    const img = w.page.locator(`[data-chapter-id="${CHAPTER}"] .static-map img`);
    await img.scrollIntoViewIfNeeded();
    await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBe(640);
    expect(await img.getAttribute('src')).toMatch(new RegExp(`maps/${CHAPTER}\\.en\\.svg$`));
    const svg = await (await w.page.request.get(`${site}/${SLUG}/maps/${CHAPTER}.en.svg`)).text();
    const path = new RegExp(`<g class="author-layer" data-layer="${LAYER}"><path[^>]* d="([^"]+)"`).exec(svg);
    const story = await storyData(w.page);
    const line = story.layers![LAYER]!.data.features[0]!.geometry;
    const vertices = line.type === 'LineString' ? line.coordinates.length : NaN;
    // Every vertex of the line, from its first to its last: M, then an L for each of the others.
    expect(path?.[1]?.match(/[ML]/g)?.length).toBe(vertices);
    const printed = await mapPixelsOf(w.page, colour, 3, img);
    // The static map is smaller than the live one: a few hundred pixels of a 3 px line across it.
    expect(printed, `${printed} pixels of the route in print`).toBeGreaterThan(300);
    expect(w.errors).toEqual([]);
    await w.close();
  });
});
