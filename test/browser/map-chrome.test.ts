// What lies over the map and should not: a popup must leave the map around it untouched (issue 15: a blue block the
// popup's size appeared beside it), and on phones the chapter nav and the language switch must leave the map
// mostly free, while desktop keeps its chapter dots. A phone on its side and a tablet: devices.test.ts.
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DESKTOP, openPage, PHONE } from '../../scripts/browser/chromium';
import { differingPixels, overlap, type Box } from './map-pixels';
import { scrollToChapter, settled } from '../../scripts/browser/story-page';
import { SHOTS } from './shots';
import { sharedBrowser } from './browser';

const SLUG = 'ningbo-town-race';
const site = inject('siteUrl');
const SMALL_PHONE: BrowserContextOptions = { ...PHONE, viewport: { width: 360, height: 640 } };
let browser: Browser;

beforeAll(async () => {
  browser = await sharedBrowser();
});
afterAll(() => browser?.close());

async function box(page: Page, selector: string): Promise<Box> {
  const b = await page.locator(selector).first().boundingBox();
  if (!b) throw new Error(`${selector} has no box`);
  return b;
}

/** Relative to `to`'s corner, grown by `margin` on every side (shadows, anti-aliasing). */
const within = (b: Box, to: Box, margin: number): Box => ({
  x: b.x - to.x - margin,
  y: b.y - to.y - margin,
  width: b.width + 2 * margin,
  height: b.height + 2 * margin,
});

/**
 * Opens the marker's popup (by click or tap) and compares the map before and after, leaving out the popup and the
 * marker (whose label turns to the tone when open): the camera does not move, so nothing else may change.
 */
async function expectPopupLeavesMapAlone(
  page: Page,
  place: string,
  open: 'click' | 'tap',
  scale: number,
  name: string,
) {
  const map = await box(page, '.story-map');
  const closed = await page.screenshot({ clip: map });
  const marker = page.locator(`[data-place-id="${place}"]`);
  await marker[open]();
  await expect.poll(() => page.locator(`[data-popup-for="${place}"]`).count()).toBe(1);
  // Give the popup and whatever it sets off time to paint.
  await page.waitForTimeout(1000);
  const opened = await page.screenshot({ clip: map, path: `${SHOTS}/popup-${name}.png` });
  const skip = [
    within(await box(page, '.maplibregl-popup'), map, 6),
    within(await box(page, `[data-place-id="${place}"]`), map, 6),
  ];
  const { differing, total } = await differingPixels(page, closed, opened, skip, scale);
  expect(differing / total, `${name}: map pixels changed outside the popup`).toBeLessThan(0.005);
}

describe('a popup over the map', () => {
  it('in the embed at the Old Street chapter, leaves the map around it as it was', async () => {
    const w = await openPage(browser, site, { viewport: { width: 800, height: 600 }, deviceScaleFactor: 1 });
    await w.page.goto(`${site}/${SLUG}/embed/?chapter=zhuangshi-old-street`);
    await settled(w.page, 'zhuangshi-old-street');
    await expectPopupLeavesMapAlone(w.page, 'zhuangshi', 'click', 1, 'embed-old-street');
    expect(w.errors).toEqual([]);
    await w.close();
  });

  it('on a 360×640 phone, tapped in a Shangtian chapter, leaves the map around it as it was', async () => {
    const w = await openPage(browser, site, SMALL_PHONE);
    await w.page.goto(`${site}/${SLUG}/`);
    await scrollToChapter(w.page, 'shangtian-tourism');
    await settled(w.page, 'shangtian-tourism');
    await expectPopupLeavesMapAlone(w.page, 'shangtian', 'tap', 2, 'phone-360-shangtian');
    expect(w.errors).toEqual([]);
    await w.close();
  });
});

/** The share of the map's box under the chapter nav and the language switch. */
async function chromeShare(page: Page): Promise<number> {
  const map = await box(page, '.story-map');
  const chrome = [await box(page, 'nav.chapter-nav'), await box(page, '.lang-slot')];
  return chrome.reduce((sum, b) => sum + overlap(b, map), 0) / (map.width * map.height);
}

describe('chrome over the map', () => {
  it.each([
    { name: 'phone-390', device: PHONE },
    { name: 'phone-360', device: SMALL_PHONE },
  ])('$name: the chapter nav and language switch cover under 8% of the map', async ({ name, device }) => {
    const w = await openPage(browser, site, device);
    await w.page.goto(`${site}/${SLUG}/`);
    await scrollToChapter(w.page, 'zhuangshi-horse-race');
    await settled(w.page, 'zhuangshi-horse-race');
    await w.page.screenshot({ path: `${SHOTS}/chrome-${name}.png` });
    const share = await chromeShare(w.page);
    console.log(`${name}: chrome covers ${(share * 100).toFixed(1)}% of the map`);
    expect(share).toBeLessThan(0.08);
    // The compact row names the section and the chapter within it, and steps to the next chapter.
    const nav = w.page.locator('nav.chapter-nav');
    await expect.poll(() => nav.innerText()).toMatch(/庄市街道\s*2\/6/);
    await nav.locator('.compact a[href="#zhuangshi-university-land"]').tap();
    await settled(w.page, 'zhuangshi-university-land');
    await expect.poll(() => nav.innerText()).toMatch(/庄市街道\s*3\/6/);
    expect(w.errors).toEqual([]);
    await w.close();
  });

  it('phone: Tab still reaches every chapter link, and shows the dots while there', async () => {
    const w = await openPage(browser, site, SMALL_PHONE);
    await w.page.goto(`${site}/${SLUG}/`);
    await settled(w.page);
    const links = w.page.locator('nav.chapter-nav .dots a');
    await links.first().focus();
    expect(await links.count()).toBe(18);
    const dots = await box(w.page, 'nav.chapter-nav .dots');
    expect(dots.width).toBeGreaterThan(100);
    for (let i = 1; i < 18; i++) await w.page.keyboard.press('Tab');
    expect(await w.page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('#closing');
    await w.close();
  });

  it('desktop keeps the chapter dots, one row', async () => {
    const w = await openPage(browser, site, DESKTOP);
    await w.page.goto(`${site}/${SLUG}/`);
    await settled(w.page);
    await w.page.screenshot({ path: `${SHOTS}/chrome-desktop.png` });
    const dots = w.page.locator('nav.chapter-nav .dots a');
    expect(await dots.count()).toBe(18);
    expect((await box(w.page, 'nav.chapter-nav .dots')).height).toBeLessThan(40);
    expect(await w.page.locator('nav.chapter-nav .compact').isVisible()).toBe(false);
    await w.close();
  });
});
