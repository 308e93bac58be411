// The scrollytelling engine: whatever the reader does, the map ends on the chapter in view.
import { distance } from '@turf/turf';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ResolvedStory } from '../../src/story/types';
import { openPage, SMALL_DESKTOP } from '../../scripts/browser/chromium';
import {
  expectFramed,
  mapState,
  scrollToChapter,
  settled,
  storyData,
} from '../../scripts/browser/story-page';
import { sharedBrowser } from './browser';

const SLUG = 'ningbo-town-race';
const site = inject('siteUrl');
let browser: Browser;
beforeAll(async () => (browser = await sharedBrowser()));
afterAll(() => browser?.close());

/** The chapter a reader sees: the last one whose top is above the middle of the screen. */
function chapterInView(page: Page): Promise<string> {
  return page.evaluate(() => {
    const line = innerHeight / 2;
    let id = '';
    for (const el of document.querySelectorAll<HTMLElement>('[data-chapter-id]')) {
      if (el.getBoundingClientRect().top <= line || id === '') id = el.dataset.chapterId!;
    }
    return id;
  });
}

/** A seeded generator, so a failing sequence can be replayed. */
function random(seed: number) {
  return () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

async function expectAtChapter(page: Page, story: ResolvedStory, id: string, label: string) {
  const m = await settled(page, id);
  const ch = story.chapters.find((c) => c.id === id)!;
  if (ch.camera.kind === 'center') {
    expect(distance(m.center, ch.camera.center, { units: 'meters' }), label).toBeLessThan(100);
    expect(Math.abs(m.zoom - ch.camera.zoom), label).toBeLessThan(0.05);
  }
}

describe('scrollytelling engine', () => {
  it(
    'settles on the chapter in view after 12 random sequences of fast scrolls',
    { timeout: 400_000 },
    async () => {
      const w = await openPage(browser, site, SMALL_DESKTOP);
      await w.page.goto(`${site}/${SLUG}/`);
      await settled(w.page);
      const story = await storyData(w.page);
      const max = await w.page.evaluate(() => document.documentElement.scrollHeight - innerHeight);
      const next = random(20261125);
      for (let seq = 0; seq < 12; seq++) {
        // Fewer settles, as many interruptions: each sequence is longer.
        const steps = 2 + Math.floor(next() * 16);
        for (let i = 0; i < steps; i++) {
          await w.page.evaluate((y) => scrollTo(0, y), Math.round(next() * max));
          await w.page.waitForTimeout(Math.round(next() * 250));
        }
        const id = await chapterInView(w.page);
        await expectAtChapter(w.page, story, id, `sequence ${seq} → ${id}`);
      }
      expect(w.errors).toEqual([]);
      await w.close();
    },
  );

  it('opens a deep link on its chapter with one camera change, and the address follows the chapter', async () => {
    const w = await openPage(browser, site, SMALL_DESKTOP);
    await w.page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { centers: string[] }).centers = seen;
      new MutationObserver((records) => {
        for (const r of records) {
          const v = (r.target as HTMLElement).dataset.center;
          if (v && v !== seen.at(-1)) seen.push(v);
        }
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-center'] });
    });
    const story = await storyData((await w.page.goto(`${site}/${SLUG}/`), w.page));
    const last = story.chapters.at(-1)!;
    await w.page.goto(`${site}/${SLUG}/#${last.id}`);
    await expectAtChapter(w.page, story, last.id, 'deep link');
    expect(await w.page.evaluate(() => (window as unknown as { centers: string[] }).centers)).toHaveLength(1);
    expect(await chapterInView(w.page)).toBe(last.id);

    const historyLength = await w.page.evaluate(() => history.length);
    const mid = story.chapters[3]!;
    await w.page
      .locator(`[data-chapter-id="${mid.id}"]`)
      .evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await settled(w.page, mid.id);
    expect(new URL(w.page.url()).hash).toBe(`#${mid.id}`);
    expect(await w.page.evaluate(() => history.length)).toBe(historyLength);
    expect(w.errors).toEqual([]);
    await w.close();
  });

  async function centresDuringChange(reducedMotion: 'reduce' | 'no-preference'): Promise<number> {
    const w = await openPage(browser, site, { ...SMALL_DESKTOP, reducedMotion });
    await w.page.goto(`${site}/${SLUG}/`);
    await settled(w.page);
    const story = await storyData(w.page);
    const target = story.chapters.find((c) => c.camera.kind === 'center' && c.index > 2)!;
    await w.page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { centers: string[] }).centers = seen;
      const el = document.querySelector<HTMLElement>('[data-map-state]')!;
      new MutationObserver(() => seen.push(el.dataset.center!)).observe(el, {
        attributeFilter: ['data-center'],
      });
    });
    await w.page
      .locator(`[data-chapter-id="${target.id}"]`)
      .evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await expectAtChapter(w.page, story, target.id, reducedMotion);
    const n = await w.page.evaluate(() => (window as unknown as { centers: string[] }).centers.length);
    await w.close();
    return n;
  }

  it('after the reader drags the map away, one button brings the chapter view back', async () => {
    const w = await openPage(browser, site, SMALL_DESKTOP);
    await w.page.goto(`${site}/${SLUG}/`);
    const story = await storyData(w.page);
    const ch = story.chapters[2]!;
    await scrollToChapter(w.page, ch.id);
    const start = await settled(w.page, ch.id);
    const back = w.page.getByRole('button', { name: /回到本章地图/ });
    expect(await back.count()).toBe(0);
    const box = (await w.page.locator('.story-map canvas').boundingBox())!;
    const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
    await w.page.mouse.move(x, y);
    await w.page.mouse.down();
    await w.page.mouse.move(x - 220, y - 120, { steps: 10 });
    await w.page.mouse.up();
    await expect
      .poll(async () => distance((await mapState(w.page)).center, start.center, { units: 'kilometers' }))
      .toBeGreaterThan(0.5);
    await back.click();
    await expect
      .poll(async () => {
        const m = await mapState(w.page);
        return m.state === 'ready' && distance(m.center, start.center, { units: 'kilometers' }) < 0.05;
      })
      .toBe(true);
    expectFramed(ch, await mapState(w.page));
    expect(await back.count()).toBe(0);
    // The story goes on as before: the next chapter takes the map on.
    await scrollToChapter(w.page, story.chapters[3]!.id);
    expectFramed(story.chapters[3]!, await settled(w.page, story.chapters[3]!.id));
    expect(w.errors).toEqual([]);
    await w.close();
  });

  it('with reduced motion, a chapter change jumps: no frames of flight', async () => {
    expect(await centresDuringChange('reduce')).toBe(1);
    // The same change without the preference is a flight through many intermediate views.
    expect(await centresDuringChange('no-preference')).toBeGreaterThan(3);
  });

  it('keyboard: the first Tab offers to skip the map; it moves focus to the text in view without scrolling', async () => {
    const w = await openPage(browser, site, SMALL_DESKTOP);
    await w.page.goto(`${site}/${SLUG}/`);
    await settled(w.page);
    const story = await storyData(w.page);
    const focused = () =>
      w.page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const box = el.getBoundingClientRect();
        return {
          tag: el.tagName,
          id: el.id,
          text: el.textContent!.trim(),
          visible: box.width > 40 && box.top >= 0,
        };
      });
    await w.page.keyboard.press('Tab');
    const skip = await focused();
    expect(skip).toMatchObject({ tag: 'A', text: '跳过地图，阅读正文', visible: true });
    await w.page.keyboard.press('Enter');
    // The opening (headline, dek, byline) comes before the map in the document, so it was heard first: at the
    // opening the skip lands on the text after it, and the next Tab is inside the text, not on the map.
    expect(
      await w.page.evaluate(
        () =>
          document.querySelector('.opening')!.compareDocumentPosition(document.querySelector('aside')!) &
          Node.DOCUMENT_POSITION_FOLLOWING,
      ),
    ).toBeTruthy();
    expect(await focused()).toMatchObject({ id: 'story-text' });
    await w.page.keyboard.press('Tab');
    expect(await w.page.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true);

    const ch = story.chapters[3]!;
    await scrollToChapter(w.page, ch.id);
    await settled(w.page, ch.id);
    const y = await w.page.evaluate(() => scrollY);
    await w.page.locator('a.skip').focus();
    await w.page.keyboard.press('Enter');
    expect(await focused()).toMatchObject({ id: ch.id });
    expect(await w.page.evaluate(() => scrollY)).toBe(y);
    expect(await w.page.evaluate(() => location.hash)).toBe(`#${ch.id}`);
    expect((await mapState(w.page)).chapter).toBe(ch.id);
    expect(w.errors).toEqual([]);
    await w.close();
  });

  it('keyboard: chapter keys move between chapters; a marker opens its popup with Enter and Escape returns focus', async () => {
    // Which key goes where is chapterKey's unit test; here, that the page's keys reach the map and the text, in
    // both directions. Jumps rather than flights: where the map comes to rest is what is checked.
    const w = await openPage(browser, site, { ...SMALL_DESKTOP, reducedMotion: 'reduce' });
    await w.page.goto(`${site}/${SLUG}/`);
    await settled(w.page);
    const story = await storyData(w.page);
    // From the top of the page, Tab reaches the chapter navigation.
    let tabs = 0;
    while (!(await w.page.evaluate(() => !!document.activeElement?.closest('nav')))) {
      await w.page.keyboard.press('Tab');
      expect(++tabs, 'Tab presses to reach the chapter navigation').toBeLessThan(40);
    }
    for (const next of story.chapters.slice(1, 4)) {
      await w.page.keyboard.press('j');
      await settled(w.page, next.id);
    }
    for (const prev of story.chapters.slice(1, 3).reverse()) {
      await w.page.keyboard.press('k');
      await settled(w.page, prev.id);
    }
    const ch = story.chapters[1]!;
    await settled(w.page, ch.id);
    expect(await w.page.evaluate(() => document.activeElement?.getAttribute('data-chapter-id'))).toBe(ch.id);

    const place = ch.markers[0]!;
    const marker = w.page.locator(`[data-place-id="${place}"]`);
    await marker.focus();
    await w.page.keyboard.press('Enter');
    const popup = w.page.locator(`[data-popup-for="${place}"]`);
    await expect.poll(() => popup.count()).toBe(1);
    expect(await w.page.evaluate(() => !!document.activeElement?.closest('[data-popup-for]'))).toBe(true);
    await w.page.keyboard.press('Escape');
    await expect.poll(() => popup.count()).toBe(0);
    expect(await w.page.evaluate(() => document.activeElement?.getAttribute('data-place-id'))).toBe(place);
    // The chapter navigation is reachable with Tab and names the current chapter.
    const current = w.page.locator('nav a[aria-current="step"]');
    expect(await current.getAttribute('href')).toBe(`#${ch.id}`);
    expect(w.errors).toEqual([]);
    await w.close();
  });
});
