// The story answers to its real size and to the container it is drawn in: a window resized, or a phone turned, shows
// the page a load at that size shows (nothing wider than the screen, the chapter's places where they would be), and a
// <story-map> in a narrow column of a wide news page is laid out as the story page is on a screen that narrow.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openPage, type WatchedPage } from '../../scripts/browser/chromium';
import {
  mapState,
  scrollToChapter,
  settled,
  storyData,
  type MapState,
} from '../../scripts/browser/story-page';
import { serveDir, type Served } from '../../scripts/serve-dir';
import { embedCodes } from '../../src/page/embed-codes';
import { PHONE_WIDTH } from '../../src/ui/phone-width';
import { sharedBrowser } from './browser';

const SLUG = 'ningbo-town-race';
const site = inject('siteUrl');
let browser: Browser;

beforeAll(async () => (browser = await sharedBrowser()));
afterAll(() => browser?.close());

const at = (width: number, height: number): BrowserContextOptions => ({
  viewport: { width, height },
  deviceScaleFactor: 1,
});

/**
 * The computed styles and boxes that tell the phone layout from the desktop one, of the page or inside the shadow
 * root of `host`; and the padding the map frames its places in, which keeps them clear of the row over the map.
 */
function layoutOf(host: string | null) {
  const root = host === null ? document : document.querySelector(host)!.shadowRoot!;
  const style = (selector: string, ...props: string[]) => {
    const el = root.querySelector(selector);
    if (!el) return `no ${selector}`;
    const s = getComputedStyle(el);
    return props.map((p) => `${p}: ${s.getPropertyValue(p)}`).join('; ');
  };
  const box = (selector: string) => {
    const r = root.querySelector(selector)?.getBoundingClientRect();
    return r ? `${Math.round(r.width)}×${Math.round(r.height)}` : `no ${selector}`;
  };
  return {
    page: style('.page', 'grid-template-areas', 'grid-template-columns'),
    mapPane: box('.map-pane'),
    compactNav: style('.chapter-nav .compact', 'display', 'height'),
    dots: style('.chapter-nav .dots', 'position', 'clip-path'),
    navRow: box('.nav-slot'),
    language: style('.switch button', 'font-size', 'min-height', 'padding'),
    headline: style('.opening h1', 'font-size'),
    opening: style('.opening-slot', 'padding', 'min-height'),
    story: style('.story', 'padding'),
    locator: box('.locator'),
    attribution: style('.maplibregl-ctrl-attrib', 'font-size'),
    mapPadding: root.querySelector<HTMLElement>('[data-map-state]')?.dataset.padding,
  };
}

/** What a reader sees: the page's layout, any sideways scroll, the map's box and camera, where each place is. */
interface Seen {
  overflow: number;
  layout: ReturnType<typeof layoutOf>;
  map: MapState;
  /** Each marked place's middle, from the map's top left corner, in CSS px. */
  places: Record<string, readonly [number, number]>;
}

async function seen(page: Page): Promise<Seen> {
  const [overflow, places] = await page.evaluate(() => {
    const origin = document.querySelector('[data-map-state]')!.getBoundingClientRect();
    const places = [...document.querySelectorAll<HTMLElement>('[data-place-id]')].map((el) => {
      const r = el.getBoundingClientRect();
      return [el.dataset.placeId!, [r.x + r.width / 2 - origin.x, r.y + r.height / 2 - origin.y]] as const;
    });
    // Against the screen's width: on a phone, the layout viewport (innerWidth) grows to take in what overflows.
    const { scrollWidth, clientWidth } = document.documentElement;
    return [scrollWidth - clientWidth, Object.fromEntries(places)] as const;
  });
  return { overflow, layout: await page.evaluate(layoutOf, null), map: await mapState(page), places };
}

/** How far apart two views of the map are, in CSS px (0 when the same): the box, the padding, each place. */
function apart(a: Seen, b: Seen): number {
  const ids = new Set([...Object.keys(a.places), ...Object.keys(b.places)]);
  const places = [...ids].map((id) => {
    const [p, q] = [a.places[id], b.places[id]];
    return p && q ? Math.hypot(p[0] - q[0], p[1] - q[1]) : Infinity;
  });
  const { padding: pa } = a.map;
  const { padding: pb } = b.map;
  return Math.max(
    Math.abs(a.map.width - b.map.width),
    Math.abs(a.map.height - b.map.height),
    ...(['top', 'right', 'bottom', 'left'] as const).map((k) => Math.abs(pa[k] - pb[k])),
    ...places,
  );
}

const sameLayout = (a: Seen, b: Seen) => JSON.stringify(a.layout) === JSON.stringify(b.layout);

/** The page as a load at `width`×`height` shows it, once its map is at rest. */
async function direct(path: string, width: number, height: number): Promise<Seen> {
  const w = await openPage(browser, site, at(width, height));
  try {
    await w.page.goto(`${site}${path}`);
    await settled(w.page);
    return await seen(w.page);
  } finally {
    await w.close();
  }
}

// A phone, a smaller one (the same layout, another size), and the first turned on its side.
const SIZES = [
  [390, 844],
  [360, 740],
  [844, 390],
] as const;

/**
 * Scrolls `page` through every chapter and back to its top: each chapter is drawn at the page's size, then off
 * screen, where the browser keeps its last layout (content-visibility: auto) until it nears the screen again.
 */
async function readThrough(page: Page) {
  const story = await storyData(page);
  // What matters is each chapter drawn at this size, not the flights between them: jumps cost a frame each.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  for (const ch of story.chapters) {
    await scrollToChapter(page, ch.id);
    await page.evaluate(
      () => new Promise((drawn) => requestAnimationFrame(() => requestAnimationFrame(drawn))),
    );
  }
  await page.evaluate(() => scrollTo(0, 0));
  await settled(page, story.chapters[0]!.id);
  await page.emulateMedia({ reducedMotion: 'no-preference' });
}

describe('a resized window', () => {
  it.each([
    ['the story page, read through at 1280×800,', `/${SLUG}/`, readThrough],
    ['the embed page, loaded at 1280×800,', `/${SLUG}/embed/`, null],
  ])('%s and resized is the page a load at each size shows', async (_, path, read) => {
    let w: WatchedPage | undefined;
    try {
      w = await openPage(browser, site, at(1280, 800));
      await w.page.goto(`${site}${path}`);
      await settled(w.page);
      await read?.(w.page);
      for (const [width, height] of SIZES) {
        const expected = await direct(path, width, height);
        expect(expected.overflow, `a load at ${width}×${height}`).toBeLessThanOrEqual(0);
        await w.page.setViewportSize({ width, height });
        const page = w.page;
        let last: Seen | undefined;
        // At rest, at the new size, framed as the load at that size frames it (within rounding).
        await expect
          .poll(
            async () => {
              last = await seen(page);
              return last.map.state === 'ready' && apart(last, expected) <= 2 && sameLayout(last, expected);
            },
            { timeout: 20_000 },
          )
          .toBe(true)
          .catch(() =>
            expect.fail(
              `resized to ${width}×${height}: ${JSON.stringify(last)}; a load at that size: ${JSON.stringify(expected)}`,
            ),
          );
        expect(last!.overflow, `resized to ${width}×${height}: wider than the screen`).toBeLessThanOrEqual(0);
        expect(Math.abs(last!.map.zoom - expected.map.zoom)).toBeLessThanOrEqual(0.02);
      }
      expect(w.errors).toEqual([]);
    } finally {
      await w?.close();
    }
  });
});

describe('a <story-map> in a narrow column of a wide page', () => {
  let host: Served;
  const WIDTH = 380;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'story-narrow-host-'));
    const code = embedCodes(`${site}/`, SLUG, 'zh', '宁波三镇').element;
    writeFileSync(
      join(dir, 'index.html'),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A narrow column</title>
<style>body { margin: 0; } .column { width: ${WIDTH}px; }</style></head>
<body><div class="column">${code}</div></body></html>`,
    );
    host = await serveDir(dir);
  });
  afterAll(() => host?.close());

  it(`is laid out as a ${WIDTH} px wide story page: stacked, the compact chapter row, the small language switch`, async () => {
    expect(WIDTH).toBeLessThanOrEqual(PHONE_WIDTH);
    const narrow = await openPage(browser, site, at(WIDTH, 800));
    const wide = await openPage(browser, [site, host.url], at(1280, 800));
    try {
      await narrow.page.goto(`${site}/${SLUG}/`);
      await settled(narrow.page);
      const expected = await narrow.page.evaluate(layoutOf, null);
      expect(expected.compactNav).toMatch(/^display: flex/);

      await wide.page.goto(host.url);
      const element = wide.page.locator('story-map');
      await expect
        .poll(() => element.evaluate((el) => el.dataset.mapState), { timeout: 60_000 })
        .toBe('ready');
      expect(await wide.page.evaluate(layoutOf, 'story-map')).toEqual(expected);
      expect(narrow.errors).toEqual([]);
      expect(wide.errors).toEqual([]);
    } finally {
      await narrow.close();
      await wide.close();
    }
  });
});
