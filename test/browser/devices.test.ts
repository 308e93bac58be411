// The story on every kind of screen it meets (issue 24): a small and a large phone, each upright and on its side, and
// a tablet, in each language. At a chapter with a long excerpt, at rest: no control over another, no text cut, the
// chapter dots whole or the compact row, and a tapped marker's popup inside the map, clear of the controls, showing
// a few lines of its text and saying so when it runs on below. One page per size and language, opened at the chapter
// (no walk: walk-*.test.ts reads every chapter).
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DESKTOP, openPage, PHONE } from '../../scripts/browser/chromium';
import { settled } from '../../scripts/browser/story-page';
import { overlap, type Box } from './map-pixels';
import { SHOTS } from './shots';
import { PHONE_WIDTH, SHORT_PANE } from '../../src/ui/phone-width';
import { sharedBrowser } from './browser';

const SLUG = 'ningbo-town-race';
// Its excerpt is the story's longest at one place: a popup that shows it whole anywhere shows any whole.
const CHAPTER = 'zhuangshi-horse-race';
const PLACE = 'zhuangshi';
const site = inject('siteUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await sharedBrowser();
});
afterAll(() => browser?.close());

const phone = (width: number, height: number): BrowserContextOptions => ({
  ...PHONE,
  viewport: { width, height },
});
const SIZES = [
  { name: '360x640', device: phone(360, 640) },
  { name: '390x844', device: phone(390, 844) },
  { name: '844x390', device: phone(844, 390) },
  // A small phone on its side: narrower than the phone layout's width, yet no room for a map above the text.
  { name: '640x360', device: phone(640, 360) },
  { name: '1024x768', device: { ...DESKTOP, viewport: { width: 1024, height: 768 } } },
];

/** What stands over the map for the reader to use or read, each by the name a failure reports. */
const CONTROLS = {
  'chapter nav': 'nav.chapter-nav',
  'language switch': '.lang-slot',
  attribution: '.maplibregl-ctrl-attrib',
  'scale bar': '.maplibregl-ctrl-scale',
  'zoom buttons': '.maplibregl-ctrl-group',
  'back to the chapter': 'button.back',
  legend: '.layer-legend',
  locator: 'img.locator:not([hidden])',
  popup: '.maplibregl-popup-content',
};

interface Seen {
  boxes: Record<string, Box>;
  /** Elements whose text or content is cut off at their own edge, or at the screen's. */
  cut: string[];
  /** How far the chapter dots run on past the row they are shown in (0 where they fit or are not shown), in px. */
  dotsHidden: number;
}

/** The visible controls' boxes, and what of the map pane's and the popup's content is cut. */
function look(page: Page): Promise<Seen> {
  return page.evaluate((controls) => {
    const shown = (el: Element) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility === 'visible';
    };
    const boxes: Record<string, Box> = {};
    for (const [name, selector] of Object.entries(controls)) {
      const el = document.querySelector(selector);
      if (!el || !shown(el)) continue;
      const { x, y, width, height } = el.getBoundingClientRect();
      boxes[name] = { x, y, width, height };
    }
    const cut: string[] = [];
    const [vw, vh] = [document.documentElement.clientWidth, innerHeight];
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} "${(el.textContent ?? '').trim().slice(0, 30)}"`;
    for (const el of document.querySelectorAll('.map-pane *, .maplibregl-popup *')) {
      if (!shown(el) || el.closest('.maplibregl-canvas-container, .maplibregl-marker')) continue;
      const style = getComputedStyle(el);
      // Read aloud, not seen (global.css's .sr-only and its kin): clipped to nothing on purpose.
      if (
        style.clipPath !== 'none' ||
        (el.parentElement && getComputedStyle(el.parentElement).clipPath !== 'none')
      )
        continue;
      // Cut (an ellipsis among them) with nothing to scroll it into view: a row that scrolls, as the chapter dots
      // do beside a narrow map, is not cut.
      if (/hidden|clip/.test(style.overflowX) && el.scrollWidth > el.clientWidth + 1)
        cut.push(`${describe(el)} sideways by ${el.scrollWidth - el.clientWidth} px`);
      if (/hidden|clip/.test(style.overflowY) && el.scrollHeight > el.clientHeight + 1)
        cut.push(`${describe(el)} at its foot`);
      // The popup's text scrolls within it: the popup's own box is held to the map's below.
      if (el.closest('[data-over-map], .maplibregl-ctrl') && el.children.length === 0) {
        const r = el.getBoundingClientRect();
        if (r.left < -0.5 || r.top < -0.5 || r.right > vw + 0.5 || r.bottom > vh + 0.5)
          cut.push(`${describe(el)} by the screen's edge`);
      }
    }
    // A row of dots that scrolls is not cut, but its chapters out of sight are out of reach of a glance.
    const dots = document.querySelector('nav.chapter-nav .dots')!;
    const dotsHidden = dots.clientWidth > 1 ? dots.scrollWidth - dots.clientWidth : 0;
    return { boxes, cut, dotsHidden };
  }, CONTROLS);
}

/** Every pair of boxes that overlap by more than a hairline, named. */
function overlapping(boxes: Record<string, Box>): string[] {
  const names = Object.keys(boxes);
  return names.flatMap((a, i) =>
    names.slice(i + 1).flatMap((b) => (overlap(boxes[a]!, boxes[b]!) > 1 ? [`${a} over ${b}`] : [])),
  );
}

const inside = (b: Box, outer: Box) =>
  b.x >= outer.x - 0.5 &&
  b.y >= outer.y - 0.5 &&
  b.x + b.width <= outer.x + outer.width + 0.5 &&
  b.y + b.height <= outer.y + outer.height + 0.5;

/** One size in one language: the page opened at the chapter, looked at, a popup opened and looked at again. */
async function check(name: string, device: BrowserContextOptions, lang: 'zh' | 'en') {
  const at = `${name} ${lang}`;
  const w = await openPage(browser, site, { ...device, reducedMotion: 'reduce' });
  await w.page.goto(`${site}/${SLUG}/${lang === 'en' ? '?lang=en' : ''}#${CHAPTER}`);
  await settled(w.page, CHAPTER);
  const atRest = await look(w.page);
  expect(overlapping(atRest.boxes), `${at}: controls over one another`).toEqual([]);
  expect(atRest.cut, `${at}: text cut`).toEqual([]);
  expect(atRest.boxes['chapter nav']!.height, `${at}: the chapter nav, one row`).toBeLessThan(48);
  expect(atRest.dotsHidden, `${at}: chapter dots scrolled out of the row`).toBeLessThanOrEqual(1);
  if (device.viewport!.height <= SHORT_PANE)
    expect(
      await w.page.locator('nav.chapter-nav .compact').isVisible(),
      `${at}: a short map's compact row`,
    ).toBe(true);
  const wider = await w.page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(wider, `${at}: the page wider than the screen`).toBeLessThanOrEqual(0);
  const map = (await w.page.locator('.story-map').boundingBox())!;
  const chrome = ['chapter nav', 'language switch'].map((c) => overlap(atRest.boxes[c]!, map));
  expect(
    chrome[0]! + chrome[1]!,
    `${at}: the chapter nav and language switch cover 10% of the map`,
  ).toBeLessThan(0.1 * map.width * map.height);
  const { width: vw, height: vh } = device.viewport!;
  expect(map.height, `${at}: the map too short to read`).toBeGreaterThanOrEqual(300);
  // A phone layout's map is the screen's width, a small phone's on its side a square as tall as the screen.
  expect(map.width, `${at}: the map too narrow to read`).toBeGreaterThanOrEqual(
    Math.min(vw, vw <= PHONE_WIDTH ? vh : 480),
  );
  if (vw > vh && device.hasTouch) {
    const beside = Math.abs(map.x + map.width - vw) < 1 && Math.abs(map.height - vh) < 1;
    expect(beside, `${at}: a phone on its side, the map not beside the text, full height`).toBe(true);
  }

  const marker = w.page.locator(`[data-place-id="${PLACE}"]`);
  await (device.hasTouch ? marker.tap() : marker.click());
  const popup = w.page.locator(`[data-popup-for="${PLACE}"]`);
  await popup.waitFor();
  // MapLibre places the popup on the next frame.
  await w.page.waitForTimeout(300);
  await w.page.screenshot({ path: `${SHOTS}/devices-${name}-${lang}.png` });
  const open = await look(w.page);
  expect(open.boxes.popup, `${at}: the popup shown`).toBeDefined();
  expect(inside(open.boxes.popup!, map), `${at}: the popup inside the map`).toBe(true);
  expect(overlapping(open.boxes), `${at}: controls over one another, the popup open`).toEqual([]);
  expect(open.cut, `${at}: text cut, the popup open`).toEqual([]);
  // About four lines of the excerpt under the place's name, wherever the popup has to stand to show them.
  const shown = await popup.evaluate((el) => el.clientHeight);
  expect(shown, `${at}: the popup shows too little of its text`).toBeGreaterThanOrEqual(120);
  // Its text runs on below its foot: something at the foot says there is more, until the reader is there.
  const more = await popup.evaluate((el) => el.scrollHeight > el.clientHeight + 1);
  const cue = popup.locator('[data-more-below]');
  if (more) {
    expect(await cue.isVisible(), `${at}: the popup scrolls and does not say so`).toBe(true);
    await popup.evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await expect.poll(() => cue.isVisible(), { message: `${at}: the cue left at the end` }).toBe(false);
  } else expect(await cue.isVisible(), `${at}: a cue with nothing below`).toBe(false);
  expect(w.errors).toEqual([]);
  await w.close();
}

describe('every device', () => {
  // The two languages side by side, a page each: the two cores (each waits on its map's tiles and rest).
  it.each(SIZES)(
    '$name, zh and en: no control over another, no text cut, the popup inside the map and clear of the controls',
    async ({ name, device }) => {
      await Promise.all((['zh', 'en'] as const).map((lang) => check(name, device, lang)));
    },
  );
});
