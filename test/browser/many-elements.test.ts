// Many <story-map> elements down one news page (review N17): a browser keeps only so many WebGL contexts alive and
// takes back the oldest beyond that, so an element runs its live map only near the viewport and gives its context
// back far from it. And a context the browser takes back anyway is said as such, and the map comes back.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serveDir, type Served } from '../../scripts/serve-dir';
import { openPage } from '../../scripts/browser/chromium';
import { decoderIn, type DecodePng } from '../../scripts/browser/page-png';
import { expectFramed, mapState } from '../../scripts/browser/story-page';
import type { ResolvedStory } from '../../src/story/types';
import { PALETTE } from '../../src/map/style/palette';
import { locale } from '../../src/locale/locales';
import { serveStrictHost } from './host-pages';
import { sharedBrowser } from './browser';

const SLUG = 'ningbo-town-race';
const COUNT = 20;
/** The one element left at its full height, so that its reader can scroll through its chapters. */
const FULL = 9;
/** More than the elements near the viewport at any time, far fewer than the browser's limit on live contexts. */
const MOST_LIVE = 4;
// A phone's layout, the map above the text: small maps, cheap to draw in software.
const SMALL: BrowserContextOptions = { viewport: { width: 480, height: 640 }, deviceScaleFactor: 1 };
const site = inject('siteUrl');
let browser: Browser;
let host: Served;
let story: ResolvedStory;

/** A news page of many elements, each cut to 600 px by the page's own CSS (about two within a screen of the viewport), but the FULL one. */
function manyElements(): string {
  const element = (i: number) =>
    `<story-map id="e${i}" story="${SLUG}" lang="zh" site="${site}/"></story-map>\n<p>新闻第 ${i + 1} 段。</p>`;
  return `<!doctype html><html lang="zh"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>many story maps</title>
<style>body { margin: 0 } story-map:not(#e${FULL}) { display: block; height: 600px; overflow: hidden }</style></head>
<body><h1>A news page</h1>${Array.from({ length: COUNT }, (_, i) => element(i)).join('\n')}
<script src="${site}/embed.js" async></script></body></html>`;
}

beforeAll(async () => {
  browser = await sharedBrowser();
  const dir = mkdtempSync(join(tmpdir(), 'story-many-'));
  writeFileSync(join(dir, 'index.html'), manyElements());
  host = await serveDir(dir);
  story = (await (await fetch(`${site}/${SLUG}/story.json`)).json()) as ResolvedStory;
});
afterAll(async () => {
  await browser?.close();
  await host?.close();
});

interface Seen {
  index: number;
  state: string;
  chapter: string;
  /** Why its map failed, if it did. */
  error?: string;
  canvas: boolean;
  /** The part of its map the reader sees, in the viewport's CSS px; null when none. */
  shown: { x: number; y: number; width: number; height: number } | null;
}

/** Every element's state, whether it holds a canvas, and what of its map is on screen. */
function elements(page: Page): Promise<Seen[]> {
  return page.$$eval('story-map', (all) =>
    all.map((el, index) => {
      const map = el.shadowRoot?.querySelector('.story-map');
      const [a, b] = [el.getBoundingClientRect(), map?.getBoundingClientRect() ?? new DOMRect()];
      const [left, top] = [Math.max(a.left, b.left, 0), Math.max(a.top, b.top, 0)];
      const right = Math.min(a.right, b.right, innerWidth);
      const bottom = Math.min(a.bottom, b.bottom, innerHeight);
      const d = (el as HTMLElement).dataset;
      return {
        index,
        state: d.mapState ?? '',
        chapter: d.chapter ?? '',
        error: el.shadowRoot?.querySelector<HTMLElement>('.story-map')?.dataset.mapError,
        canvas: el.shadowRoot?.querySelector('canvas') != null,
        shown:
          right - left > 1 && bottom - top > 1
            ? { x: left, y: top, width: right - left, height: bottom - top }
            : null,
      };
    }),
  );
}

const describeAll = (seen: Seen[]) =>
  seen
    .map(
      (e) =>
        `${e.index}:${e.state}${e.error ? ` (${e.error})` : ''}${e.canvas ? '+canvas' : ''}${e.shown ? '+shown' : ''}`,
    )
    .join(' ');

/**
 * Waits until every element whose map is on screen rests, and checks that the reader sees each drawn: the
 * basemap's land fills most of what is shown of it (a lost context leaves the sea behind the canvas).
 */
async function onScreenDrawn(page: Page): Promise<Seen[]> {
  let seen: Seen[] = [];
  await expect
    .poll(
      async () => {
        seen = await elements(page);
        const shown = seen.filter((e) => e.shown);
        return shown.length > 0 && shown.every((e) => e.state === 'ready');
      },
      { timeout: 30_000 },
    )
    .toBe(true)
    .catch(() => expect.fail(`every element on screen rests; seen ${describeAll(seen)}`));
  const shown = seen.filter((e) => e.shown);
  const png = (await page.screenshot()).toString('base64');
  await decoderIn(page);
  const land = await page.evaluate(
    async ({ png, boxes, colours }) => {
      const { data, width } = await (globalThis as unknown as { decodePng: DecodePng }).decodePng(png);
      const rgb = colours.map((hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)));
      return boxes.map((b) => {
        let [n, all] = [0, 0];
        for (let y = Math.ceil(b.y); y < Math.floor(b.y + b.height); y++)
          for (let x = Math.ceil(b.x); x < Math.floor(b.x + b.width); x++) {
            const i = (y * width + x) * 4;
            all++;
            if (rgb.some((c) => c.every((v, k) => Math.abs(data[i + k]! - v) <= 3))) n++;
          }
        return n / Math.max(1, all);
      });
    },
    {
      png,
      boxes: shown.map((e) => e.shown!),
      colours: [PALETTE.land, PALETTE.county, PALETTE.district, PALETTE.focus, PALETTE.highlight],
    },
  );
  for (const [i, e] of shown.entries())
    expect(land[i], `element ${e.index}: the live map's land is drawn`).toBeGreaterThan(0.2);
  return seen;
}

function expectFewLive(seen: Seen[]) {
  const live = seen.filter((e) => e.canvas);
  expect(live.length, describeAll(seen)).toBeLessThanOrEqual(MOST_LIVE);
  expect(
    seen.filter((e) => e.state === 'error'),
    describeAll(seen),
  ).toEqual([]);
}

describe('many <story-map> elements on one news page (review N17)', () => {
  // Retried: on a loaded two-core machine a map now and then starts a frame before the element's chapter tracker has
  // settled, and moves on its own chapter once before resting (seen once in three CI runs). A start that always
  // moves, or shows another chapter, still fails every try.
  it(
    'only those near the viewport run a live map; far ones give it back, and restart at the reader’s chapter',
    { retry: 2 },
    async () => {
      const w = await openPage(browser, [host.url, site], SMALL);
      const warnings: string[] = [];
      w.page.on('console', (m) => /WebGL context|context lost/i.test(m.text()) && warnings.push(m.text()));
      await w.page.goto(`${host.url}/`);
      const began = Date.now();
      const top = await onScreenDrawn(w.page);
      console.log(`on screen at the top: ready ${Date.now() - began} ms after load; ${describeAll(top)}`);
      expectFewLive(top);
      // The elements a screen or more below have not started anything.
      for (const e of top.slice(3))
        expect(e, `element ${e.index} far below`).toMatchObject({ canvas: false });

      await w.page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
      const jumped = Date.now();
      const bottom = await onScreenDrawn(w.page);
      console.log(
        `on screen at the bottom: ready ${Date.now() - jumped} ms after the jump; ${describeAll(bottom)}`,
      );
      expect(bottom.at(-1)!.shown, 'the last element is on screen').not.toBeNull();
      expectFewLive(bottom);
      for (const e of bottom.slice(0, 5))
        expect(e, `element ${e.index}, far above, has given its map back`).toMatchObject({
          canvas: false,
          state: 'asleep',
        });

      // A reader inside the long element: its map starts at the chapter they are at, and again after they left it.
      const full = w.page.locator(`#e${FULL}`);
      // What the element publishes from here on: its states, and the chapters its map shows.
      await full.evaluate((el) => {
        const seen: string[] = [];
        (window as unknown as { published: string[] }).published = seen;
        new MutationObserver(() => {
          const now = `${el.dataset.mapState} ${el.dataset.chapter ?? ''}`.trim();
          if (seen.at(-1) !== now) seen.push(now);
        }).observe(el, { attributeFilter: ['data-map-state', 'data-chapter'] });
      });
      const published = () =>
        w.page.evaluate(() => (window as unknown as { published: string[] }).published.splice(0));
      // The reader's chapter, as the element's own chapter navigation says.
      const reading = async () => {
        const at = await full.locator('a[aria-current="step"]').getAttribute('href');
        return story.chapters.find((c) => `#${c.id}` === at)!;
      };
      for (const ch of [story.chapters[3]!, story.chapters[6]!]) {
        await full.evaluate((el, id) => el.shadowRoot!.getElementById(id)!.scrollIntoView(), ch.id);
        await expect
          .poll(async () => {
            const m = await mapState(full);
            return m.state === 'ready' && m.chapter === (await reading()).id;
          })
          .toBe(true);
        const at = await reading();
        expect(at.index, 'well into the story').toBeGreaterThan(1);
        expectFramed(at, await mapState(full));
        // Made at the reader's chapter: it shows no other on the way, and does not move to get there.
        const since = await published();
        expect(since.at(-1), since.join(', ')).toBe(`ready ${at.id}`);
        expect(
          since.filter(
            (p) => p.startsWith('moving') || !/^\w+( |$)/.test(p) || (p.includes(' ') && !p.endsWith(at.id)),
          ),
          since.join(', '),
        ).toEqual([]);
        expectFewLive(await onScreenDrawn(w.page));
        await w.page.evaluate(() => scrollTo(0, 0));
        await expect.poll(() => full.evaluate((el) => el.shadowRoot!.querySelector('canvas'))).toBeNull();
        expect(await full.getAttribute('data-map-state')).toBe('asleep');
        await published();
      }
      expect(warnings).toEqual([]);
      expect(w.errors).toEqual([]);
      await w.close();
    },
  );

  it('a WebGL context the browser takes back is said as such, with static maps; the map returns when it is given back', async () => {
    const one = await serveStrictHost(site, 'element', null);
    const w = await openPage(browser, [one.url, site], SMALL);
    await w.page.goto(`${one.url}/`);
    const element = w.page.locator('story-map');
    await element.evaluate((el) => el.scrollIntoView());
    await onScreenDrawn(w.page);
    // As the browser does when it must: MapLibre asks for the context back, which the browser then gives.
    await element.evaluate((el) => {
      const canvas = el.shadowRoot!.querySelector('canvas')!;
      const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
      const lose = gl!.getExtension('WEBGL_lose_context')!;
      (window as unknown as { lose: WEBGL_lose_context }).lose = lose;
      lose.loseContext();
    });
    await expect.poll(() => element.getAttribute('data-map-state')).toBe('error');
    const told = await element.getByRole('alert').innerText();
    const words = locale('zh').words;
    expect(told).toContain(words.contextLost);
    expect(told).not.toContain(words.mapTimeout);
    expect(await element.locator('.static-map img').first().isVisible()).toBe(true);

    await w.page.evaluate(() => (window as unknown as { lose: WEBGL_lose_context }).lose.restoreContext());
    const back = await onScreenDrawn(w.page);
    expect(back.filter((e) => e.canvas)).toHaveLength(1);
    expect(await element.getByRole('alert').count()).toBe(0);
    expect(w.errors).toEqual([]);
    await w.close();
    await one.close();
  });
});
