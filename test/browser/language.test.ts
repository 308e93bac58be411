// Switching language mid-story keeps the reader where they are and changes every text and number format.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SMALL_DESKTOP, openPage } from '../../scripts/browser/chromium';
import { mapState, scrollToChapter, settled, storyData } from '../../scripts/browser/story-page';
import { sharedBrowser } from './browser';

const SLUG = 'ningbo-town-race';
const site = inject('siteUrl');
let browser: Browser;
beforeAll(async () => (browser = await sharedBrowser()));
afterAll(() => browser?.close());

describe('language switch', () => {
  it('keeps the chapter, the camera and the scroll; swaps texts, labels and number formats; updates lang and URL', async () => {
    const w = await openPage(browser, site, SMALL_DESKTOP);
    // When the map first came to rest, to hold the other language's locator against.
    await w.page.addInitScript(`new MutationObserver(() => {
      if (!window.mapRestedAt && document.querySelector('[data-map-state="ready"]')) window.mapRestedAt = performance.now();
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-map-state'] });`);
    // At the folder's address without its slash, which the test server serves as a host that does not redirect:
    // the page takes its slash, so that its own addresses hold (faults review N30).
    await w.page.goto(`${site}/${SLUG}`);
    expect(new URL(w.page.url()).pathname).toBe(`/${SLUG}/`);
    const story = await storyData(w.page);
    const ch = story.chapters.find((c) => c.metrics.some((m) => m.currency === 'USD'))!;
    const metric = ch.metrics.find((m) => m.currency === 'USD')!;
    await scrollToChapter(w.page, ch.id);
    const before = await settled(w.page, ch.id);
    const section = w.page.locator(`[data-chapter-id="${ch.id}"]`);
    const zhText = await section.innerText();
    expect(zhText).toContain(ch.title.zh);
    expect(zhText).toContain(metric.unit.zh);
    expect(await w.page.evaluate(() => document.documentElement.lang)).toBe('zh-Hans');
    // The type comes from src/ui/tokens.css (generated from the TypeScript): a CJK face first for Chinese, a Latin one
    // first for English; the markers' labels are set at the size the label stand-ins count on.
    const fontOf = (selector: string) =>
      w.page
        .locator(selector)
        .first()
        .evaluate((el) => getComputedStyle(el).fontFamily);
    expect(await fontOf('.page')).toMatch(/^"Noto Sans CJK SC", "PingFang SC"/);
    expect(
      await w.page
        .locator(`[data-place-id="${metric.place}"] .label`)
        .evaluate((el) => getComputedStyle(el).fontSize),
    ).toBe('13px');
    // MapLibre's own controls speak the page's language too.
    const zoomIn = w.page.locator('.maplibregl-ctrl-zoom-in');
    expect(await zoomIn.getAttribute('aria-label')).toBe('放大');

    await w.page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => w.page.evaluate(() => document.documentElement.lang)).toBe('en');
    const enText = await section.innerText();
    expect(enText).toContain(ch.title.en);
    expect(enText).not.toContain(ch.title.zh);
    // 2150万美元 reads as US$21.5 million, not as a Chinese multiplier unit.
    expect(enText).toMatch(/US\$\d+(\.\d+)?\s*million/);
    expect(enText).not.toContain(metric.unit.zh);
    expect(new URL(w.page.url()).searchParams.get('lang')).toBe('en');
    expect(await fontOf('.page')).toMatch(/^"Noto Sans", "Helvetica Neue", Arial, "Noto Sans CJK SC"/);
    expect(await zoomIn.getAttribute('aria-label')).toBe('Zoom in');
    expect(await w.page.locator('.maplibregl-mobile-message').textContent()).toBe(
      'Use two fingers to move the map',
    );

    const after = await mapState(w.page);
    expect(after.chapter).toBe(ch.id);
    expect(after.center).toEqual(before.center);
    expect(after.zoom).toBe(before.zoom);
    const top = await section.evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeLessThan(400); // still the chapter at the reading line
    // Map labels follow the language: the rendered marker names are the English ones.
    expect(await w.page.locator(`[data-place-id="${metric.place}"]`).getAttribute('aria-label')).toContain(
      story.places[metric.place]!.name.en,
    );

    await w.page.getByRole('button', { name: '中文' }).click();
    await expect.poll(() => w.page.evaluate(() => document.documentElement.lang)).toBe('zh-Hans');
    expect(await section.innerText()).toContain(ch.title.zh);
    expect(new URL(w.page.url()).searchParams.has('lang')).toBe(false);
    expect(w.errors).toEqual([]);

    // Offline, the opening's locator switches language with the rest, with no request (N29).
    await w.page.evaluate(() => scrollTo(0, 0));
    await settled(w.page, story.chapters[0]!.id);
    // The English locator comes only once the map is at rest: it does not share the map's first download.
    const requested = () =>
      w.page.evaluate(
        () =>
          performance.getEntriesByType('resource').find((e) => e.name.endsWith('/locator.en.svg'))
            ?.startTime ?? 0,
      );
    await expect.poll(requested).toBeGreaterThan(0);
    const rested = await w.page.evaluate(() => (window as unknown as { mapRestedAt?: number }).mapRestedAt);
    expect(rested).toBeGreaterThan(0);
    expect(await requested()).toBeGreaterThan(rested!);
    await w.page.context().setOffline(true);
    await w.page.getByRole('button', { name: 'English' }).click();
    const locator = w.page.locator('img.locator').filter({ visible: true });
    await expect.poll(() => locator.getAttribute('src')).toBe('maps/locator.en.svg');
    await expect
      .poll(() => locator.evaluate((img: HTMLImageElement) => (img.complete ? img.naturalWidth : -1)))
      .toBeGreaterThan(0);
    await w.page.context().setOffline(false);
    await w.close();
  });
});
