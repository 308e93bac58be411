// The story stays whole without JavaScript, without WebGL, when it throws as it starts, and on paper; on a phone
// the map never traps the page's scroll. A file that fails (the geodata, MapLibre's worker, the page's own script,
// the embed page's) is a cell of the fault matrix (fault-matrix.test.ts), which also retries those four.
import type { Browser, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SMALL_DESKTOP, openPage, PHONE } from '../../scripts/browser/chromium';
import { differingPixels } from './map-pixels';
import { mapState, settled, storyData } from '../../scripts/browser/story-page';
import { expectWholeStory } from './whole-story';
import { sharedBrowser } from './browser';
import { SHOTS } from './shots';

const SLUG = 'ningbo-town-race';
const site = inject('siteUrl');
let browser: Browser;
beforeAll(async () => (browser = await sharedBrowser()));
afterAll(() => browser?.close());

/** The page as served, with story data that makes the app throw as it starts (a story with no title). */
async function breakStoryData(route: Route) {
  const res = await route.fetch();
  const html = (await res.text()).replace(
    /(<script type="application\/json" id="story-data">)(.*?)(<\/script>)/s,
    (_, open: string, json: string, close: string) =>
      open + JSON.stringify({ ...JSON.parse(json), title: null }).replace(/</g, '\\u003c') + close,
  );
  await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
}

describe('fallbacks', () => {
  it('with a working map, the static maps are never downloaded', async () => {
    const w = await openPage(browser, site, SMALL_DESKTOP);
    const fetched: string[] = [];
    // The locator and the first frame (maps/frames/, shown until the live map has drawn) are the map's own.
    w.page.on('request', (r) => /\/maps\/(?!locator\.|frames\/)/.test(r.url()) && fetched.push(r.url()));
    await w.page.goto(`${site}/${SLUG}/`);
    await settled(w.page);
    const story = await storyData(w.page);
    for (const ch of story.chapters.slice(0, 4)) {
      await w.page
        .locator(`[data-chapter-id="${ch.id}"]`)
        .evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await settled(w.page, ch.id);
    }
    expect(fetched).toEqual([]);
    await w.close();
  });

  it('the first paint is the styled page: with every file but the HTML held back, the text looks as it does once all has come', async () => {
    const w = await openPage(browser, site, SMALL_DESKTOP);
    // Every stylesheet, script, image and data file waits until the page has painted without them.
    let release!: () => void;
    const held = new Promise<void>((done) => (release = done));
    await w.page.context().route(/\.(css|js|json|svg)(\?|$)/, async (route) => {
      await held;
      await route.fallback();
    });
    await w.page.goto(`${site}/${SLUG}/`, { waitUntil: 'commit' });
    const opened = Date.now();
    // A stylesheet that blocks rendering keeps this from ever being true.
    await w.page.waitForFunction(
      () => performance.getEntriesByName('first-contentful-paint').length > 0,
      null,
      {
        timeout: 10_000,
      },
    );
    const first = await w.page.screenshot({ path: `${SHOTS}/first-paint-held.png` });
    // What the page was showing then, to tell a slow machine (past the fallback's delay) from a page that changed.
    const shotAfter = Date.now() - opened;
    const shownThen = await w.page.evaluate(() => document.documentElement.className);
    release();
    await settled(w.page);
    const last = await w.page.screenshot({ path: `${SHOTS}/first-paint-whole.png` });
    // The map pane is the script's to draw; everything else was the reader's from the first paint.
    const map = (await w.page.locator('.map-pane').boundingBox())!;
    const { differing, total, where } = await differingPixels(w.page, first, last, [map], 1);
    expect(total).toBeGreaterThan(200_000);
    expect(
      differing,
      `${differing} of ${total} pixels differ, within ${JSON.stringify(where)}; the first screenshot came ` +
        `${shotAfter} ms after the address was opened, with <html class="${shownThen}">`,
    ).toBe(0);
    await w.close();
  });

  it('without JavaScript: every chapter is in the HTML as served, with static maps', async () => {
    const w = await openPage(browser, site, { ...SMALL_DESKTOP, javaScriptEnabled: false });
    await w.page.goto(`${site}/${SLUG}/`);
    await expectWholeStory(w.page);
    expect(await w.page.locator('.map-pane').isVisible()).toBe(false);
    expect(w.foreign).toEqual([]);
    await w.close();
  });

  it('without JavaScript, the embed page names the story and links to its full page', async () => {
    const w = await openPage(browser, site, { ...SMALL_DESKTOP, javaScriptEnabled: false });
    await w.page.goto(`${site}/${SLUG}/embed/`);
    const link = w.page.getByRole('link', { name: /街镇“赛马”/ });
    expect(await link.isVisible()).toBe(true);
    expect(new URL((await link.getAttribute('href'))!, w.page.url()).pathname).toBe(`/${SLUG}/`);
    await w.close();
  });

  it('without WebGL: one line says so, the static maps show, the story reads on', async () => {
    const w = await openPage(browser, site, SMALL_DESKTOP);
    await w.page.addInitScript(() => {
      const get = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (
        this: HTMLCanvasElement,
        kind: string,
        ...rest: unknown[]
      ) {
        return kind.startsWith('webgl') || kind === 'experimental-webgl'
          ? null
          : get.call(this, kind as '2d', ...(rest as []));
      } as typeof get;
    });
    await w.page.goto(`${site}/${SLUG}/`);
    await w.page.waitForSelector('[data-map-state="error"]');
    expect(await w.page.getByRole('alert').innerText()).toMatch(/WebGL/);
    await expectWholeStory(w.page);
    expect(w.errors.filter((e) => !/webgl/i.test(e))).toEqual([]);
    await w.close();
  });

  it('when the story throws as it starts: the text stays, with the static maps and one line at once', async () => {
    const w = await openPage(browser, site, SMALL_DESKTOP);
    // Story data the prerendered text was not made from, and that the app cannot read: hydration throws.
    await w.page.route(`${site}/${SLUG}/`, (r) => breakStoryData(r));
    await w.page.goto(`${site}/${SLUG}/`);
    await w.page.getByRole('link', { name: '重试' }).waitFor({ timeout: 3_000 });
    expect(await w.page.locator('h1').innerText()).toMatch(/街镇“赛马”/);
    await expectWholeStory(w.page);
    expect(w.errors.join('\n')).toMatch(/the story could not start/);
    expect(w.errors.filter((e) => !/could not start|Failed to load resource/.test(e))).toEqual([]);
    await w.close();
  });

  it("embed page: when the map cannot start, the chapter's static map takes its place, with one line and a retry", async () => {
    const w = await openPage(browser, site, SMALL_DESKTOP);
    await w.page.route('**/*.pbf', (r) => r.abort());
    await w.page.goto(`${site}/${SLUG}/embed/?lang=en`);
    await w.page.waitForSelector('[data-map-state="error"]');
    const img = w.page.locator('.map-error img');
    await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBe(640);
    expect(await img.isVisible()).toBe(true);
    expect(await w.page.getByRole('button', { name: 'Try again' }).isVisible()).toBe(true);
    await w.page.screenshot({ path: 'test-results/embed-map-failed.png' });
    await w.close();
  });

  it('in print: every chapter in order with the static maps, without the live map', async () => {
    const w = await openPage(browser, site, SMALL_DESKTOP);
    await w.page.goto(`${site}/${SLUG}/`);
    await settled(w.page);
    await w.page.emulateMedia({ media: 'print' });
    expect(await w.page.locator('.map-pane').isVisible()).toBe(false);
    await expectWholeStory(w.page);
    const story = await storyData(w.page);
    const order = await w.page.locator('[data-chapter-id]').evaluateAll((els) => els.map((e) => e.id));
    expect(order).toEqual(story.chapters.map((c) => c.id));
    await w.close();
  });

  it('phone: a one-finger swipe that starts on the map scrolls the page', async () => {
    const w = await openPage(browser, site, PHONE);
    await w.page.goto(`${site}/${SLUG}/`);
    await settled(w.page);
    const box = (await w.page.locator('[data-map-state]').boundingBox())!;
    const before = await w.page.evaluate(() => scrollY);
    const camera = await mapState(w.page);
    // A real touch sequence (Chromium's input pipeline, as a finger would give it), starting on the map.
    const cdp = await w.page.context().newCDPSession(w.page);
    const x = box.x + box.width / 2;
    const y = box.y + box.height * 0.7;
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
    for (let i = 1; i <= 10; i++) {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: y - i * 25 }] });
      await w.page.waitForTimeout(16);
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await expect.poll(() => w.page.evaluate(() => scrollY)).toBeGreaterThan(before + 100);
    // The finger scrolled the page, not the map.
    const after = await mapState(w.page);
    if (after.chapter === camera.chapter) expect(after.center).toEqual(camera.center);
    await w.close();
  });
});
