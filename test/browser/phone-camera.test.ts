// A chapter's phone view (view.phone) as readers meet it: a phone opened at the chapter rests on the chapter's phone
// camera, a desktop on its own camera, and a window narrowed to a phone's width moves from the one to the other.
// Zhoushan's strait chapter is a centre beside the text and, on a phone, a fit of the two areas it marks.
import { distance } from '@turf/turf';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DESKTOP, openPage, PHONE } from '../../scripts/browser/chromium';
import { expectFramed, settled, storyData } from '../../scripts/browser/story-page';
import type { Camera, ResolvedChapter } from '../../src/story/types';
import { sharedBrowser } from './browser';

const SLUG = 'zhoushan-islands';
const CHAPTER = 'islands-strait';
const site = inject('siteUrl');
let browser: Browser;
beforeAll(async () => (browser = await sharedBrowser()));
afterAll(() => browser?.close());

async function chapterOf(page: Page): Promise<ResolvedChapter & { phoneCamera: Camera }> {
  const ch = (await storyData(page)).chapters.find((c) => c.id === CHAPTER)!;
  if (!ch.phoneCamera) throw new Error(`${CHAPTER} has no phone view: the test has nothing to tell apart`);
  return { ...ch, phoneCamera: ch.phoneCamera };
}

/** Where a camera puts the map's centre, as far as can be told without the map: a fit's is its bounds' middle. */
const middleOf = (c: Camera): [number, number] =>
  c.kind === 'center' ? c.center : [(c.bounds[0] + c.bounds[2]) / 2, (c.bounds[1] + c.bounds[3]) / 2];

/** The map rests on `shown`, framed as the story says, and visibly not on `other`. */
async function expectCamera(page: Page, ch: ResolvedChapter, shown: Camera, other: Camera) {
  const m = await settled(page, CHAPTER);
  expectFramed({ ...ch, camera: shown }, m, ch.maxZoom);
  const off = distance(m.center, middleOf(other), { units: 'kilometers' });
  expect(off, `the map rests ${off.toFixed(1)} km from the other camera's centre`).toBeGreaterThan(5);
}

describe("a chapter's phone view", () => {
  it('a phone (390×844) opened at the chapter rests on its phone camera', { timeout: 40_000 }, async () => {
    const w = await openPage(browser, site, { ...PHONE, reducedMotion: 'reduce' });
    try {
      await w.page.goto(`${site}/${SLUG}/#${CHAPTER}`);
      const ch = await chapterOf(w.page);
      await expectCamera(w.page, ch, ch.phoneCamera, ch.camera);
      expect(w.errors).toEqual([]);
    } finally {
      await w.close();
    }
  });

  it(
    'a desktop (1280×800) rests on its own camera, and on the phone camera once narrowed to a phone’s width',
    { timeout: 40_000 },
    async () => {
      const w = await openPage(browser, site, { ...DESKTOP, reducedMotion: 'reduce' });
      try {
        await w.page.goto(`${site}/${SLUG}/#${CHAPTER}`);
        const ch = await chapterOf(w.page);
        await expectCamera(w.page, ch, ch.camera, ch.phoneCamera);
        await w.page.setViewportSize(PHONE.viewport!);
        // Rests again in a map of the phone's width: it has been framed anew for that.
        await w.page.waitForFunction(
          (width) => {
            const el = document.querySelector<HTMLElement>('[data-map-state]');
            return el?.dataset.mapState === 'ready' && el.dataset.size?.startsWith(`${width}x`);
          },
          PHONE.viewport!.width,
          { timeout: 15_000 },
        );
        await expectCamera(w.page, ch, ch.phoneCamera, ch.camera);
        expect(w.errors).toEqual([]);
      } finally {
        await w.close();
      }
    },
  );
});
