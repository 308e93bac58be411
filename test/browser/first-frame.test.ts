// The map pane is never blank while MapLibre arrives: the chapter's first frame (drawn at build time) paints with
// the text, framed as the live map then frames it, and the live map takes its place once it has drawn. MapLibre's
// chunk is held back (page.route) until the first frame has been checked. The opening's frame is part of the HTML
// (an inline <svg>); any other chapter's is a file (an <img>).
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, BrowserContextOptions, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDir, type Served } from '../../scripts/serve-dir';
import { OPENING_SCRIPT_HASH } from '../../scripts/stories/render-page';
import type { ResolvedStory } from '../../src/story/types';
import { DESKTOP, openPage, PHONE } from '../../scripts/browser/chromium';
import { screenshotOffset } from './frame-offset';
import { PALETTE } from '../../src/map/style/palette';
import { serveStrictHost } from './host-pages';
import { mapState, scrollToChapter, settled } from '../../scripts/browser/story-page';
import { SHOTS } from './shots';
import { overlayPng } from '../../scripts/browser/overlay-png';
import { sharedBrowser } from './browser';

const SLUG = 'ningbo-town-race';
// What the README asks of a host that sends a policy of its own: the page's own policy (a <meta>) still allows only
// its own styles, by their hashes; the head script that shows the opening's frame is allowed by its hash.
const CSP = `default-src 'self'; style-src 'self' 'unsafe-inline'; script-src 'self' ${OPENING_SCRIPT_HASH}`;
// What the README asked before the head script: it is refused, and the page's module script shows the frame.
const OLD_CSP = "default-src 'self'; style-src 'self' 'unsafe-inline'";
let browser: Browser;
/** The built site under the pages' own policy. */
let site: Served;
let story: ResolvedStory;

beforeAll(async () => {
  browser = await sharedBrowser();
  site = await serveDir(resolve(import.meta.dirname, '../../dist'), 0, { 'Content-Security-Policy': CSP });
  story = (await (await fetch(`${site.url}/${SLUG}/story.json`)).json()) as ResolvedStory;
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** Holds every request for `url` until the returned function is called. */
async function hold(page: Page, url: RegExp): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  await page.context().route(url, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** Holds MapLibre's chunk (not its worker). */
const holdMapLibre = (page: Page) => hold(page, /\/assets\/maplibre-(?!gl)[\w-]+\.js$/);

/**
 * Records the pictures painted with elementtiming="first-map", when the inline frame was first in the document and
 * shown, and every policy violation (call before goto).
 */
async function watch(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as {
      painted: string[];
      times: number[];
      violations: string[];
      inlineShownAt?: number;
    };
    w.painted = [];
    w.times = [];
    w.violations = [];
    // Called as the parser inserts nodes (before the paint that follows them): a frame in the document and shown
    // by then is in that paint.
    new MutationObserver((_, o) => {
      const svg = document.querySelector('svg.first-frame');
      if (!svg?.firstElementChild || getComputedStyle(svg).visibility !== 'visible') return;
      w.inlineShownAt = performance.now();
      (window as unknown as { prerendered: Element }).prerendered = svg;
      o.disconnect();
    }).observe(document, { subtree: true, childList: true, attributes: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & {
        identifier: string;
        url: string;
        renderTime: number;
      })[])
        if (e.identifier === 'first-map') {
          w.painted.push(new URL(e.url).pathname);
          w.times.push(Math.round(e.renderTime));
        }
    }).observe({ type: 'element', buffered: true });
    addEventListener('securitypolicyviolation', (e) =>
      w.violations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  return {
    painted: () => page.evaluate(() => (window as unknown as { painted: string[] }).painted),
    /** When the first frame was shown (inline) or painted (a file), and when the first text was painted (ms). */
    times: () =>
      page.evaluate(() => {
        const w = window as unknown as { times: number[]; inlineShownAt?: number };
        return {
          inline: w.inlineShownAt ?? null,
          file: w.times[0] ?? null,
          fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
        };
      }),
    violations: () => page.evaluate(() => (window as unknown as { violations: string[] }).violations),
  };
}

/** The first frame as the reader sees it: drawn (inline) or loaded (a file), shown, and where it is. */
function frameOf(where: Locator) {
  return where.evaluate((el: HTMLImageElement | SVGSVGElement) => {
    const r = el.getBoundingClientRect();
    const file = el instanceof HTMLImageElement;
    const style = getComputedStyle(el);
    return {
      src: file ? new URL(el.currentSrc || el.src).pathname : 'inline',
      loaded: file ? el.complete && el.naturalWidth > 0 : el.firstElementChild !== null,
      visible: style.visibility === 'visible' && style.display !== 'none',
      box: [r.x, r.y, r.width, r.height].map((v) => Math.round(v * 2) / 2),
    };
  });
}

/** The first frames' files the page asks for (call before goto). */
function frameRequests(page: Page): string[] {
  const asked: string[] = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.includes('/maps/frames/')) asked.push(path);
  });
  return asked;
}

const frameUrl = (id: string) => `/${SLUG}/maps/frames/${id}.svg`;

describe('the first frame', () => {
  for (const [name, options] of [
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as [string, BrowserContextOptions][]) {
    it(`${name}: paints with the text before MapLibre arrives, framed as the live map frames the opening; gone once live`, async () => {
      const opening = story.chapters[0]!;
      // In the HTML and framed by CSS alone: with every file but the page held back, it is drawn, where the running
      // page puts it.
      const before = await openPage(browser, site.url, options);
      let releaseFiles!: () => void;
      const files = new Promise<void>((r) => (releaseFiles = r));
      await before.page.context().route(
        (url) => url.pathname !== `/${SLUG}/`,
        async (route) => {
          await files;
          await route.continue();
        },
      );
      await before.page.goto(`${site.url}/${SLUG}/`, { waitUntil: 'commit' });
      const prerendered = before.page.locator('.story-map svg.first-frame');
      await expect.poll(() => frameOf(prerendered).then((f) => f.loaded)).toBe(true);
      const cssOnly = await frameOf(prerendered);
      // Shown by the head script at once: the address names no chapter.
      expect(cssOnly.visible, 'shown before the module script runs').toBe(true);
      const htmlOnly = await before.page.locator('.story-map').screenshot();
      const drawn = await screenshotOffset(before.page, htmlOnly, htmlOnly, PALETTE.outline);
      expect(drawn.linePixels, "the city's outline, from the HTML alone").toBeGreaterThan(1000);
      releaseFiles();
      await before.close();

      const w = await openPage(browser, site.url, options);
      const seen = await watch(w.page);
      const asked = frameRequests(w.page);
      const release = await holdMapLibre(w.page);
      await w.page.goto(`${site.url}/${SLUG}/`);
      const frame = await frameOf(w.page.locator('.story-map .first-frame'));
      expect(frame).toMatchObject({ src: 'inline', loaded: true, visible: true });
      expect(frame.box, 'where CSS alone put it').toEqual(cssOnly.box);
      expect((await mapState(w.page)).state).toBe('loading');
      // Hydrated, the page keeps the frame the HTML drew: the same element, not one made again.
      await w.page.locator('html.app-running').waitFor({ state: 'attached' });
      expect(
        await w.page.evaluate(
          () =>
            document.querySelector('svg.first-frame') ===
            (window as unknown as { prerendered: Element }).prerendered,
        ),
        'the prerendered frame, hydrated',
      ).toBe(true);
      const times = await seen.times();
      console.log(`paint times, ${name}:`, JSON.stringify(times));
      // In the document and shown before the first contentful paint: in that paint.
      expect(times.inline, 'shown by the time of the first paint').toBeLessThanOrEqual(times.fcp);
      const pane = w.page.locator('.story-map');
      const first = await pane.screenshot();

      release();
      await settled(w.page, opening.id);
      expect(await w.page.locator('.first-frame').count(), 'replaced by the live map').toBe(0);
      expect(asked, 'no file for the opening').toEqual([]);
      expect(await seen.painted(), 'no picture file painted').toEqual([]);
      const live = await pane.screenshot();
      writeFileSync(`${SHOTS}/first-frame-${name}.png`, first);
      writeFileSync(`${SHOTS}/first-frame-${name}-live.png`, live);
      writeFileSync(`${SHOTS}/first-frame-${name}-overlay.png`, await overlayPng(w.page, live, first));
      const offset = await screenshotOffset(w.page, first, live, PALETTE.outline);
      console.log(`first frame vs live map, ${name}:`, JSON.stringify(offset));
      // The city's outline lies where the live map draws it: the best match is unshifted (to a device pixel), and
      // most of it matches unshifted. The rest of what differs is what the live map adds (labels, markers, controls).
      expect(offset.linePixels).toBeGreaterThan(1000);
      expect(Math.hypot(offset.dx, offset.dy), 'offset in device px').toBeLessThanOrEqual(1);
      expect(offset.onLine).toBeGreaterThan(0.6);
      expect(await seen.violations()).toEqual([]);
      expect(w.errors).toEqual([]);
      expect(w.foreign).toEqual([]);
      await w.close();
    });
  }

  it('a reader in another language than the prerendered one keeps the inline frame, with no file to fetch', async () => {
    const w = await openPage(browser, site.url, PHONE);
    const asked = frameRequests(w.page);
    const release = await holdMapLibre(w.page);
    await w.page.goto(`${site.url}/${SLUG}/?lang=en`);
    // The page mounts afresh in English (its HTML is Chinese): the frame is a new element, drawn as the HTML's was.
    await w.page.locator('html.app-running').waitFor({ state: 'attached' });
    expect(await w.page.locator('html').getAttribute('lang')).toBe('en');
    expect(await frameOf(w.page.locator('.story-map .first-frame'))).toMatchObject({
      src: 'inline',
      loaded: true,
      visible: true,
    });
    const pane = await w.page.locator('.story-map').screenshot();
    const drawn = await screenshotOffset(w.page, pane, pane, PALETTE.outline);
    expect(drawn.linePixels, "the city's outline").toBeGreaterThan(1000);
    expect(asked).toEqual([]);
    release();
    await settled(w.page, story.chapters[0]!.id);
    expect(w.errors).toEqual([]);
    await w.close();
  });

  it("a link to a chapter never paints the opening's frame: it shows that chapter's", async () => {
    for (const ch of [
      story.chapters[1]!,
      story.chapters.find((c) => c.camera.kind === 'fit' && c.index > 0)!,
    ]) {
      const w = await openPage(browser, site.url, PHONE);
      const seen = await watch(w.page);
      const release = await holdMapLibre(w.page);
      await w.page.goto(`${site.url}/${SLUG}/#${ch.id}`);
      await expect.poll(() => seen.painted()).toContain(frameUrl(ch.id));
      expect(await frameOf(w.page.locator('img.first-frame'))).toMatchObject({
        src: frameUrl(ch.id),
        visible: true,
      });
      expect((await frameOf(w.page.locator('svg.first-frame'))).visible, "the opening's, inline").toBe(false);
      expect((await seen.times()).inline, "the opening's never shown").toBeNull();
      release();
      await settled(w.page, ch.id);
      expect(await w.page.locator('.first-frame').count()).toBe(0);
      expect(await seen.painted(), ch.id).toEqual([frameUrl(ch.id)]);
      expect(await seen.violations()).toEqual([]);
      expect(w.errors).toEqual([]);
      await w.close();
    }
  });

  it("under a host's header that refuses the head script, the page's module script shows the frame", async () => {
    const old = await serveDir(resolve(import.meta.dirname, '../../dist'), 0, {
      'Content-Security-Policy': OLD_CSP,
    });
    const w = await openPage(browser, old.url, PHONE);
    const seen = await watch(w.page);
    const releaseScript = await hold(w.page, /\/assets\/story-[\w-]+\.js$/);
    const release = await holdMapLibre(w.page);
    await w.page.goto(`${old.url}/${SLUG}/`, { waitUntil: 'commit' });
    const frame = w.page.locator('svg.first-frame');
    await expect.poll(() => frameOf(frame).then((f) => f.loaded)).toBe(true);
    expect((await frameOf(frame)).visible, 'hidden until the module script').toBe(false);
    releaseScript();
    await expect.poll(() => frameOf(frame).then((f) => f.visible)).toBe(true);
    expect(await seen.painted(), 'the inline frame, no file').toEqual([]);
    expect(await seen.violations()).toEqual(['script-src-elem inline']);
    release();
    await settled(w.page, story.chapters[0]!.id);
    await w.close();
    await old.close();
  });

  it('a reader who moved on while the map started sees its flight from the first frame, not the frame till it lands', async () => {
    const w = await openPage(browser, site.url, DESKTOP);
    const release = await holdMapLibre(w.page);
    await w.page.goto(`${site.url}/${SLUG}/`);
    await expect
      .poll(() => frameOf(w.page.locator('svg.first-frame')).then((f) => f.loaded && f.visible))
      .toBe(true);
    const next = story.chapters[1]!;
    await scrollToChapter(w.page, next.id);
    // Whether the first frame is still over the map when the map first starts moving.
    await w.page.evaluate(() => {
      const map = document.querySelector<HTMLElement>('[data-map-state]')!;
      new MutationObserver((_, o) => {
        if (map.dataset.mapState !== 'moving') return;
        (window as unknown as { frameAtMove: boolean }).frameAtMove = !!map.querySelector('.first-frame');
        o.disconnect();
      }).observe(map, { attributes: true, attributeFilter: ['data-map-state'] });
    });
    release();
    await settled(w.page, next.id);
    expect(await w.page.evaluate(() => (window as unknown as { frameAtMove?: boolean }).frameAtMove)).toBe(
      false,
    );
    expect(w.errors).toEqual([]);
    await w.close();
  });

  it('the embed page and <story-map> show it too, until their live map has drawn', async () => {
    const host = await serveStrictHost(site.url, 'element', null);
    for (const [url, root] of [
      [`${site.url}/${SLUG}/embed/?chapter=${story.chapters[2]!.id}`, null],
      [`${host.url}/`, 'story-map'],
    ] as const) {
      const w = await openPage(browser, [site.url, host.url], DESKTOP);
      const release = await holdMapLibre(w.page);
      await w.page.goto(url);
      const map = root ? w.page.locator(root).locator('.story-map') : w.page.locator('.story-map');
      const frame = map.locator('img.first-frame');
      const id = root ? story.chapters[0]!.id : story.chapters[2]!.id;
      await expect.poll(() => frameOf(frame).then((f) => f.loaded && f.visible), { message: url }).toBe(true);
      expect((await frameOf(frame)).src).toBe(frameUrl(id));
      release();
      await expect.poll(() => mapState(map).then((m) => m.state), { message: url }).toBe('ready');
      expect(await map.locator('.first-frame').count(), url).toBe(0);
      expect(w.errors).toEqual([]);
      await w.close();
    }
    await host.close();
  });
});
