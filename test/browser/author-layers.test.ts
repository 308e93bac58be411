// The story's own layer as a reader meets it in zhoushan-islands: the legend in the map pane at the chapter that
// shows it (and at no other), clear of the map's controls; the line in the section's static map, and in print.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DESKTOP, openPage, PHONE, SMALL_DESKTOP } from '../../scripts/browser/chromium';
import { differingPixels, overlap } from './map-pixels';
import { mapPixelsOf, settled, storyData } from '../../scripts/browser/story-page';
import { sharedBrowser } from './browser';

const SLUG = 'zhoushan-islands';
const CHAPTER = 'islands-strait';
const LAYER = 'dinghai-putuo';
const site = inject('siteUrl');
let browser: Browser;
beforeAll(async () => (browser = await sharedBrowser()));
afterAll(() => browser?.close());

const legend = (page: Page) => page.locator('.layer-legend');

/** The legend lies inside the map pane and over none of the map's controls. */
async function expectClearOfControls(page: Page) {
  const box = (await legend(page).boundingBox())!;
  const pane = (await page.locator('.map-pane').boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(pane.x);
  expect(box.y).toBeGreaterThanOrEqual(pane.y);
  expect(box.x + box.width).toBeLessThanOrEqual(pane.x + pane.width);
  expect(box.y + box.height).toBeLessThanOrEqual(pane.y + pane.height);
  const controls = page.locator(
    '.maplibregl-ctrl-attrib, .maplibregl-ctrl-scale, .maplibregl-ctrl-group, .locator, .nav-slot',
  );
  for (const control of await controls.filter({ visible: true }).all()) {
    const other = (await control.boundingBox())!;
    expect(overlap(box, other), await control.evaluate((el) => el.className)).toBe(0);
  }
}

describe("the story's own layer", () => {
  it('the live map draws it, in the section’s colour, at the chapter that shows it and at no other', async () => {
    const w = await openPage(browser, site, SMALL_DESKTOP);
    await w.page.goto(`${site}/${SLUG}/#${CHAPTER}`);
    await settled(w.page, CHAPTER);
    const colour = (await storyData(w.page)).sections.islands!.color;
    // The basemap is drawn in other colours; over the canvas, the chapter dots, the legend and the markers are in this one.
    const canvasOnly = async () => {
      const over = '.nav-slot, .layer-legend, .maplibregl-marker';
      await w.page.evaluate((s) => {
        for (const el of document.querySelectorAll<HTMLElement>(s)) el.style.visibility = 'hidden';
      }, over);
      return mapPixelsOf(w.page, colour);
    };
    const shown = await canvasOnly();
    // A 3 px line of about 28.6 km at zoom 9 (about 200 px): several hundred pixels.
    expect(shown, 'pixels of the line at its chapter').toBeGreaterThan(300);
    await w.page.goto(`${site}/${SLUG}/#islands-dinghai`);
    await settled(w.page, 'islands-dinghai');
    const elsewhere = await canvasOnly();
    expect(elsewhere, `${elsewhere} pixels of its colour elsewhere, ${shown} at its chapter`).toBeLessThan(
      shown / 4,
    );
    expect(w.errors).toEqual([]);
    await w.close();
  });

  for (const [device, options] of [
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const)
    it(`${device}: the chapter that shows it has its legend, in each language, and the others none`, async () => {
      const w = await openPage(browser, site, options);
      await w.page.goto(`${site}/${SLUG}/?lang=en#${CHAPTER}`);
      await settled(w.page, CHAPTER);
      const story = await storyData(w.page);
      const layer = story.layers![LAYER]!;
      const item = legend(w.page).locator(`li[data-layer="${LAYER}"]`);
      await expect.poll(() => item.isVisible()).toBe(true);
      expect(await item.innerText()).toBe(layer.name.en);
      // The swatch is the line as the map draws it, in the section's colour.
      expect(await item.locator('svg line').getAttribute('stroke')).toBe(story.sections.islands!.color);
      await expectClearOfControls(w.page);
      await w.page.getByRole('button', { name: '中文' }).click();
      await expect.poll(() => item.innerText()).toBe(layer.name.zh);
      // A chapter without layers has no legend.
      await w.page.goto(`${site}/${SLUG}/#islands-dinghai`);
      await settled(w.page, 'islands-dinghai');
      expect(await legend(w.page).count()).toBe(0);
      expect(w.errors).toEqual([]);
      expect(w.foreign).toEqual([]);
      await w.close();
    });

  it('the static map of its section draws the line, and so does print', async () => {
    const w = await openPage(browser, site, SMALL_DESKTOP);
    const svg = await (await w.page.request.get(`${site}/${SLUG}/maps/islands.en.svg`)).text();
    const drawn = new RegExp(
      `<g class="author-layer" data-layer="${LAYER}"><path fill="none"[^>]* d="M[^"]+"/></g>`,
    );
    expect(svg).toMatch(drawn);

    // Print shows the static maps in place of the live one: the line is what the reader sees drawn on it, measured
    // against the same map served without the layer.
    const printed = async (strip: boolean) => {
      const page = await w.page.context().newPage();
      if (strip)
        await page.route(/\/maps\/islands\.en\.svg$/, async (route) => {
          const body = (await (await route.fetch()).text()).replace(/<g class="author-layer".*?<\/g>/, '');
          await route.fulfill({ status: 200, contentType: 'image/svg+xml', body });
        });
      await page.goto(`${site}/${SLUG}/?lang=en`);
      await settled(page);
      await page.emulateMedia({ media: 'print' });
      const img = page.locator('.static-map img').first();
      await img.scrollIntoViewIfNeeded();
      await expect
        .poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth))
        .toBe(640);
      expect(await img.isVisible()).toBe(true);
      expect(await img.getAttribute('src')).toMatch(/maps\/islands\.en\.svg$/);
      const shot = await img.screenshot();
      await page.close();
      return shot;
    };
    const [withLayer, without] = [await printed(false), await printed(true)];
    const { differing } = await differingPixels(w.page, withLayer, without, [], 1);
    // A 3 px line across some 150 px of the printed map; the rest of the map is the same.
    expect(differing).toBeGreaterThan(200);
    expect(w.errors).toEqual([]);
    await w.close();
  });
});
