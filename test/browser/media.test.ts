// A chapter's picture as readers meet it in zhoushan-islands: in the chapter with its credit in each language, in
// Dinghai's popup, in print, without JavaScript, in the embed page and in a <story-map> on a news page, each time
// loaded from the story site, and under each page's strict policy without a violation. Opened at the chapter by its
// link: no scrolling through the story.
import type { Browser, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DESKTOP, openPage, SMALL_DESKTOP } from '../../scripts/browser/chromium';
import { sharedBrowser } from './browser';
import { watchViolations } from './watch-violations';
import { onlyEmbedPolicy } from './host-csp';
import { serveStrictHost } from './host-pages';

const SLUG = 'zhoushan-islands';
const CHAPTER = 'islands-dinghai';
const PICTURE = '[data-media="ferry-crossing"]';
const CREDIT = {
  zh: '图片：本项目绘制 · 许可：CC BY 4.0',
  en: 'Picture: Drawn by the project · Licence: CC BY 4.0',
};
const site = inject('siteUrl');
let browser: Browser;
beforeAll(async () => (browser = await sharedBrowser()));
afterAll(() => browser?.close());

/** Once the picture in `figure` has loaded: the file it chose, its pixels, and its size on the page. */
async function loaded(figure: Locator) {
  const img = figure.locator('img');
  await img.scrollIntoViewIfNeeded();
  await expect
    .poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0))
    .toBe(true);
  return img.evaluate((el: HTMLImageElement) => ({
    src: el.currentSrc,
    naturalWidth: el.naturalWidth,
    shown: { width: el.getBoundingClientRect().width, height: el.getBoundingClientRect().height },
  }));
}

describe('a chapter picture', () => {
  it('shows in its chapter and in the popup, credited in each language, and prints', async () => {
    const w = await openPage(browser, site, { ...DESKTOP, reducedMotion: 'reduce' });
    const violations = await watchViolations(w.page);
    await w.page.goto(`${site}/${SLUG}/#${CHAPTER}`);
    const inChapter = w.page.locator(`#${CHAPTER} ${PICTURE}`);
    const shown = await loaded(inChapter);
    // AVIF, from the story's own folder, the width the 560 px column asks for at one device pixel per CSS pixel.
    expect(shown.src).toBe(`${site}/${SLUG}/media/ferry-crossing-640.avif`);
    expect(shown.shown.width).toBeGreaterThan(400);
    expect(shown.shown.height / shown.shown.width).toBeCloseTo(700 / 1120, 2);
    expect(await inChapter.locator('[data-media-credit]').innerText()).toBe(CREDIT.zh);

    // The marker is there once the map is made; clicked when it stands still, without waiting for the map to rest.
    await w.page.locator('[data-place-id="dinghai"]').click();
    const inPopup = w.page.locator(`[data-popup-for="dinghai"] ${PICTURE}`);
    // Chromium takes the 640 px file it already holds over fetching the 320 px one the popup's width asks for.
    expect((await loaded(inPopup)).src).toMatch(
      new RegExp(`^${site}/${SLUG}/media/ferry-crossing-(320|640)\\.avif$`),
    );
    expect(await inPopup.locator('[data-media-credit]').innerText()).toBe(CREDIT.zh);

    await w.page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => inChapter.locator('[data-media-credit]').innerText()).toBe(CREDIT.en);
    expect(await inChapter.locator('img').getAttribute('alt')).toMatch(/^Illustration: a white ferry/);

    await w.page.emulateMedia({ media: 'print' });
    const printed = await loaded(inChapter);
    expect(printed.shown.width).toBeGreaterThan(300);
    expect(await inChapter.locator('[data-media-credit]').isVisible()).toBe(true);

    expect(await violations()).toEqual([]);
    expect(w.errors).toEqual([]);
    await w.close();
  });

  it('shows without JavaScript, in the prerendered page', async () => {
    const w = await openPage(browser, site, { ...SMALL_DESKTOP, javaScriptEnabled: false });
    await w.page.goto(`${site}/${SLUG}/?lang=en#${CHAPTER}`);
    const figure = w.page.locator(`#${CHAPTER} ${PICTURE}`);
    expect((await loaded(figure)).src).toMatch(
      new RegExp(`^${site}/${SLUG}/media/ferry-crossing-\\d+\\.avif$`),
    );
    // The prerendered page is the original language's: ?lang= is read by the script.
    expect(await figure.locator('[data-media-credit]').innerText()).toBe(CREDIT.zh);
    await w.close();
  });

  it('shows in the embed page, from the story site, under its policy', async () => {
    const w = await openPage(browser, site, SMALL_DESKTOP);
    const violations = await watchViolations(w.page);
    await w.page.goto(`${site}/${SLUG}/embed/?lang=en&chapter=${CHAPTER}`);
    const figure = w.page.locator(`.caption ${PICTURE}`);
    expect((await loaded(figure)).src).toMatch(
      new RegExp(`^${site}/${SLUG}/media/ferry-crossing-\\d+\\.avif$`),
    );
    expect(await figure.locator('[data-media-credit]').innerText()).toBe(CREDIT.en);
    expect(await violations()).toEqual([]);
    expect(w.errors).toEqual([]);
    await w.close();
  });

  it('shows in a <story-map> on a news page of another origin, loaded from the story site, under its policy', async () => {
    const host = await serveStrictHost(site, 'element', onlyEmbedPolicy(site, 'element'), SLUG);
    const w = await openPage(browser, [site, host.url], SMALL_DESKTOP);
    const violations = await watchViolations(w.page);
    await w.page.goto(`${host.url}/index.html`);
    const figure = w.page.locator(`story-map #${CHAPTER} ${PICTURE}`);
    const shown = await loaded(figure);
    expect(shown.src).toMatch(new RegExp(`^${site}/${SLUG}/media/ferry-crossing-\\d+\\.avif$`));
    expect(await figure.locator('[data-media-credit]').innerText()).toBe(CREDIT.zh);
    expect(await violations()).toEqual([]);
    expect(w.foreign).toEqual([]);
    await w.close();
    await host.close();
  });
});
