// The story stays whole without JavaScript, without WebGL, without its geodata, and on paper; on a phone the
// map never traps the page's scroll.
import type { Browser, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DESKTOP, launch, openPage, PHONE } from '../../scripts/browser/chromium';
import { differingPixels } from './map-pixels';
import { mapState, settled, storyData } from '../../scripts/browser/story-page';

const SLUG = 'ningbo-town-race';
const site = inject('siteUrl');
let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(() => browser?.close());

/**
 * Every chapter's title and paragraphs are on the page, and every static map shown has loaded. Each chapter is read
 * as the reader reaches it: chapters off screen are not drawn until they near the viewport (Chapter.svelte).
 */
async function expectWholeStory(page: Page, lang: 'zh' | 'en' = 'zh') {
  const story = await storyData(page);
  for (const ch of story.chapters) {
    const chapter = page.locator(`[data-chapter-id="${ch.id}"]`);
    await chapter.scrollIntoViewIfNeeded();
    const text = await chapter.innerText();
    expect(text).toContain(ch.title[lang]);
    for (const p of ch.paragraphs[lang]) expect(text).toContain(p.slice(0, 20));
  }
  // The chapters' own, or the page's copies when its script never ran (App.svelte).
  const maps = page.locator('.static-map img, .static-copy img').filter({ visible: true });
  expect(await maps.count()).toBeGreaterThanOrEqual(
    new Set(story.chapters.map((c) => c.section ?? c.id)).size,
  );
  for (const img of await maps.all()) {
    await img.scrollIntoViewIfNeeded();
    await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBe(640);
  }
}

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
    const w = await openPage(browser, site, DESKTOP);
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
    const w = await openPage(browser, site, DESKTOP);
    // Every stylesheet, script, image and data file waits until the page has painted without them.
    let release!: () => void;
    const held = new Promise<void>((done) => (release = done));
    await w.page.context().route(/\.(css|js|json|svg)(\?|$)/, async (route) => {
      await held;
      await route.fallback();
    });
    await w.page.goto(`${site}/${SLUG}/`, { waitUntil: 'commit' });
    // A stylesheet that blocks rendering keeps this from ever being true.
    await w.page.waitForFunction(
      () => performance.getEntriesByName('first-contentful-paint').length > 0,
      null,
      {
        timeout: 10_000,
      },
    );
    const first = await w.page.screenshot();
    release();
    await settled(w.page);
    const last = await w.page.screenshot();
    // The map pane is the script's to draw; everything else was the reader's from the first paint.
    const map = (await w.page.locator('.map-pane').boundingBox())!;
    const { differing, total } = await differingPixels(w.page, first, last, [map], 1);
    expect(total).toBeGreaterThan(200_000);
    expect(differing, `${differing} of ${total} pixels differ`).toBe(0);
    await w.close();
  });

  it('without JavaScript: every chapter is in the HTML as served, with static maps', async () => {
    const w = await openPage(browser, site, { ...DESKTOP, javaScriptEnabled: false });
    await w.page.goto(`${site}/${SLUG}/`);
    await expectWholeStory(w.page);
    expect(await w.page.locator('.map-pane').isVisible()).toBe(false);
    expect(w.foreign).toEqual([]);
    await w.close();
  });

  it('without JavaScript, the embed page names the story and links to its full page', async () => {
    const w = await openPage(browser, site, { ...DESKTOP, javaScriptEnabled: false });
    await w.page.goto(`${site}/${SLUG}/embed/`);
    const link = w.page.getByRole('link', { name: /街镇“赛马”/ });
    expect(await link.isVisible()).toBe(true);
    expect(new URL((await link.getAttribute('href'))!, w.page.url()).pathname).toBe(`/${SLUG}/`);
    await w.close();
  });

  it('without WebGL: one line says so, the static maps show, the story reads on', async () => {
    const w = await openPage(browser, site, DESKTOP);
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

  it('with the geodata blocked: an error state with a retry, no uncaught error, the story readable', async () => {
    const w = await openPage(browser, site, DESKTOP);
    await w.page.route('**/*.topo*.json', (r) => r.abort());
    await w.page.goto(`${site}/${SLUG}/?lang=en`);
    await w.page.waitForSelector('[data-map-state="error"]');
    expect(await w.page.getByRole('button', { name: 'Try again' }).isVisible()).toBe(true);
    await expectWholeStory(w.page, 'en');
    expect(w.errors.filter((e) => !/Failed to load resource|ERR_FAILED/.test(e))).toEqual([]);
    // Once the data is back, the retry brings the map.
    await w.page.unroute('**/*.topo*.json');
    await w.page.getByRole('button', { name: 'Try again' }).click();
    await settled(w.page);
    await w.close();
  });

  it("when MapLibre's worker cannot load: within 20 s one line says so, with the static maps and a retry that works", async () => {
    const w = await openPage(browser, site, DESKTOP);
    const worker = '**/assets/maplibre-gl-csp-worker-*.js';
    await w.page.context().route(worker, (r) => r.fulfill({ status: 404, body: 'gone' }));
    await w.page.goto(`${site}/${SLUG}/?lang=en`);
    await w.page.waitForSelector('[data-map-state="error"]', { timeout: 20_000 });
    expect(await w.page.getByRole('alert').innerText()).toMatch(/did not start in time/);
    await expectWholeStory(w.page, 'en');
    expect(w.errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
    await w.page.context().unroute(worker);
    await w.page.getByRole('button', { name: 'Try again' }).click();
    await settled(w.page);
    await w.close();
  });

  it("when the page's own script never loads: the text at once, then the static maps, one line and a retry", async () => {
    const w = await openPage(browser, site, DESKTOP);
    await w.page.route(/\/assets\/(story|global)-[\w-]+\.js$/, (r) => r.fulfill({ status: 404, body: '' }));
    const opened = Date.now();
    await w.page.goto(`${site}/${SLUG}/`);
    const story = await storyData(w.page);
    expect(await w.page.getByRole('heading', { level: 1 }).innerText()).toBe(story.title.zh);
    const retry = w.page.getByRole('link', { name: '重试' });
    await retry.waitFor({ timeout: 20_000 });
    expect(Date.now() - opened).toBeLessThan(20_000);
    expect(await w.page.getByRole('alert').innerText()).toMatch(/页面的脚本没有运行/);
    await expectWholeStory(w.page);
    expect(await retry.getAttribute('href')).toBe('./');
    await w.close();
  });

  it('when the story throws as it starts: the text stays, with the static maps and one line at once', async () => {
    const w = await openPage(browser, site, DESKTOP);
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

  it('embed page: when its script never loads, one line says so with a link to the story and a retry', async () => {
    const w = await openPage(browser, site, DESKTOP);
    await w.page.route(/\/assets\/(embed|global)-[\w-]+\.js$/, (r) => r.fulfill({ status: 404, body: '' }));
    await w.page.goto(`${site}/${SLUG}/embed/`);
    const link = w.page.getByRole('link', { name: /Read the whole story/ });
    await link.waitFor({ timeout: 20_000 });
    expect(new URL((await link.getAttribute('href'))!, w.page.url()).pathname).toBe(`/${SLUG}/`);
    expect(await w.page.getByRole('link', { name: /Try again/ }).isVisible()).toBe(true);
    await w.close();
  });

  it("embed page: when the map cannot start, the chapter's static map takes its place, with one line and a retry", async () => {
    const w = await openPage(browser, site, DESKTOP);
    await w.page.route('**/*.topo*.json', (r) => r.abort());
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
    const w = await openPage(browser, site, DESKTOP);
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
