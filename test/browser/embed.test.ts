// Embedding, with news pages served from another origin than the story: the iframe embed resized by NPR's pym.js
// and by our embed.js (which ignores forged height messages, keeps heights sane, and serves its own site's frames
// beside another site's copy), the <story-map> element driven by the host page's scroll among hostile page styles,
// two elements independent, both embed codes on news pages under the strict policies the README gives, and the
// story page under a strict CSP.
import { resolve } from 'node:path';
import type { Browser, BrowserContextOptions, FrameLocator, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Served } from '../../scripts/serve-dir';
import { serveDir } from '../../scripts/serve-dir';
import { embedCodes } from '../../src/page/embed-codes';
import { OPENING_SCRIPT_HASH } from '../../scripts/stories/render-page';
import type { ResolvedStory } from '../../src/story/types';
import { SMALL_DESKTOP, openPage } from '../../scripts/browser/chromium';
import { embedDirectives, onlyEmbedPolicy } from './host-csp';
import { FORGED, FORGED_HEIGHT, serveHostPages, serveStrictHost } from './host-pages';
import { expectFramed, mapState, settled } from '../../scripts/browser/story-page';
import { SHOTS } from './shots';
import { sharedBrowser } from './browser';
import { watchViolations } from './watch-violations';

const SLUG = 'ningbo-town-race';
const site = inject('siteUrl');
const NARROW: BrowserContextOptions = { viewport: { width: 480, height: 800 }, deviceScaleFactor: 1 };
let browser: Browser;
let hosts: Served;
/** The same built site published by another newsroom: a second story origin. */
let otherSite: Served;
let story: ResolvedStory;

beforeAll(async () => {
  browser = await sharedBrowser();
  otherSite = await serveDir(resolve(import.meta.dirname, '../../dist'));
  hosts = await serveHostPages(site, otherSite.url);
  story = (await (await fetch(`${site}/${SLUG}/story.json`)).json()) as ResolvedStory;
});
afterAll(async () => {
  await browser?.close();
  await hosts?.close();
  await otherSite?.close();
});

const HEIGHT_MESSAGE = (value: string) => `pymxPYMxxPYMxheightxPYMx${value}`;

/** Resolves when the map of `where` rests on `chapter` (on any, if none is given). */
async function rests(where: Locator, chapter?: string) {
  let last = '';
  await expect
    .poll(
      async () => {
        const m = await mapState(where);
        last = `${m.state} at ${m.chapter || 'no chapter'}${m.error ? ` (${m.error})` : ''}`;
        return m.state === 'ready' && (chapter === undefined || m.chapter === chapter);
      },
      { timeout: 60_000 },
    )
    .toBe(true)
    .catch(() => expect.fail(`the map rests at ${chapter ?? 'any chapter'}; last seen: ${last}`));
  return mapState(where);
}

/** The iframe's height on the host page follows its content's, within a pixel. */
async function expectSized(iframe: Locator, frame: FrameLocator): Promise<number> {
  const content = () =>
    frame.locator('.embed').evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
  const outer = () => iframe.evaluate((el) => el.getBoundingClientRect().height);
  await expect
    .poll(async () => Math.abs((await outer()) - (await content())), { timeout: 10_000 })
    .toBeLessThan(1.5);
  return outer();
}

/** The chapters whose captions are the longest and the shortest. */
function longestAndShortest(): [string, string] {
  const length = (i: number) => story.chapters[i]!.paragraphs.zh.join('').length;
  const order = story.chapters.map((_, i) => i).sort((a, b) => length(b) - length(a));
  return [story.chapters[order[0]!]!.id, story.chapters[order.at(-1)!]!.id];
}

async function exerciseFrame(iframe: Locator) {
  const frame = iframe.contentFrame();
  await rests(frame.locator('[data-map-state]'));
  await expectSized(iframe, frame);
  const [long, short] = longestAndShortest();
  await frame.locator(`[data-chapter-button="${long}"]`).click();
  expectFramed(
    story.chapters.find((c) => c.id === long)!,
    await rests(frame.locator('[data-map-state]'), long),
  );
  const tall = await expectSized(iframe, frame);
  await frame.locator(`[data-chapter-button="${short}"]`).click();
  await rests(frame.locator('[data-map-state]'), short);
  const low = await expectSized(iframe, frame);
  expect(low, 'the iframe shrinks with its content').toBeLessThan(tall - 10);
  // A marker's popup opens inside the frame.
  const marker = frame.locator('button[data-place-id]').first();
  const id = await marker.getAttribute('data-place-id');
  await marker.click();
  await expect.poll(() => frame.locator(`[data-popup-for="${id}"]`).isVisible()).toBe(true);
}

describe('embedding', () => {
  it("NPR's pym.js parent resizes the embed iframe, growing and shrinking; its buttons and popups work", async () => {
    const w = await openPage(browser, [hosts.url, site], NARROW);
    await w.page.goto(`${hosts.url}/pym.html`);
    const iframe = w.page.locator('#story iframe');
    await exerciseFrame(iframe);
    await iframe.screenshot({ path: `${SHOTS}/embed-pym-iframe.png` });
    // pym.js takes any height it is told: content of no height is reported as the least a frame gets, 120 px.
    await iframe
      .contentFrame()
      .locator('.embed')
      .evaluate((el: HTMLElement) => (el.style.display = 'none'));
    await expect.poll(() => iframe.evaluate((el) => el.clientHeight)).toBe(120);
    expect(w.errors).toEqual([]);
    await w.close();
  });

  it('embed.js resizes our iframe and ignores forged height messages from the host or another origin', async () => {
    const w = await openPage(browser, [hosts.url, site], NARROW);
    await w.page.goto(`${hosts.url}/iframe.html`);
    const iframe = w.page.locator('iframe[data-story-map]');
    // Every height the iframe is ever given, from here on.
    await iframe.evaluate((el: HTMLIFrameElement) => {
      const seen: string[] = [];
      new MutationObserver(() => seen.push(el.style.height)).observe(el, { attributeFilter: ['style'] });
      (window as unknown as { seen: string[] }).seen = seen;
    });
    await rests(iframe.contentFrame().locator('[data-map-state]'));
    await w.page.evaluate((m) => window.postMessage(m, '*'), FORGED);
    await w.page
      .frameLocator('#forger')
      .locator('body')
      .evaluate(() => (window as unknown as { forge: () => void }).forge());
    await exerciseFrame(iframe);
    const seen = await w.page.evaluate(() => (window as unknown as { seen: string[] }).seen);
    expect(seen.length).toBeGreaterThan(1);
    expect(seen).not.toContain(`${FORGED_HEIGHT}px`);
    expect(w.errors).toEqual([]);
    await w.close();
  });

  it('embed.js keeps the heights our frame posts within 120–20,000 px; 20,000 width messages get a few replies', async () => {
    const w = await openPage(browser, [hosts.url, site], NARROW);
    await w.page.goto(`${hosts.url}/iframe.html`);
    const iframe = w.page.locator('iframe[data-story-map]');
    const frame = iframe.contentFrame();
    await rests(frame.locator('[data-map-state]'));
    await expectSized(iframe, frame);
    // From our frame's own window, at our origin: the messages embed.js trusts.
    const post = (value: string) =>
      frame.locator('body').evaluate((_, m) => parent.postMessage(m, '*'), HEIGHT_MESSAGE(value));
    // Every height embed.js gives the iframe: the frame may answer a height that changes its layout with its own
    // real height a moment later, so a clamped height is looked for among those set, not only in the last.
    await iframe.evaluate((el: HTMLIFrameElement) => {
      const set: string[] = [];
      (window as unknown as { heightsSet: string[] }).heightsSet = set;
      new MutationObserver(() => set.push(el.style.height)).observe(el, { attributeFilter: ['style'] });
    });
    const heightsSet = () =>
      w.page.evaluate(() => (window as unknown as { heightsSet: string[] }).heightsSet);
    await post('0');
    await expect.poll(heightsSet).toContain('120px');
    await post('999999');
    await expect.poll(heightsSet).toContain('20000px');
    await post('480');
    await expect.poll(heightsSet).toContain('480px');
    const outOfBounds = (await heightsSet()).map(parseFloat).filter((h) => h < 120 || h > 20_000);
    expect(outOfBounds, 'heights set outside 120–20,000 px').toEqual([]);

    const flood = await w.page.evaluate(
      async ({ origin, width }) => {
        const target = document.querySelector<HTMLIFrameElement>('iframe[data-story-map]')!.contentWindow!;
        let replies = 0;
        let frames = 0;
        let counting = true;
        addEventListener('message', (e) => {
          if (e.source === target && String(e.data).includes('xPYMxheightxPYMx')) replies++;
        });
        const tick = () => {
          frames++;
          if (counting) requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
        const started = performance.now();
        for (let i = 0; i < 20_000; i++) target.postMessage(width, origin);
        // Until the frame has said all it will.
        for (let seen = -1; seen !== replies;) {
          seen = replies;
          await new Promise((done) => setTimeout(done, 750));
        }
        counting = false;
        return { replies, frames, ms: Math.round(performance.now() - started) };
      },
      { origin: new URL(site).origin, width: 'pymxPYMxxPYMxwidthxPYMx480' },
    );
    expect(flood.replies, JSON.stringify(flood)).toBeGreaterThan(0);
    expect(flood.replies, JSON.stringify(flood)).toBeLessThanOrEqual(flood.frames + 2);
    expect(flood.replies, JSON.stringify(flood)).toBeLessThan(200);
    // The last reply carries the real height.
    await expectSized(iframe, frame);
    expect(w.errors).toEqual([]);
    await w.close();
  });

  it('two copies of embed.js from two story sites on one page each resize their own iframes', async () => {
    const w = await openPage(browser, [hosts.url, site, otherSite.url], NARROW);
    await w.page.goto(`${hosts.url}/two-sites.html`);
    const frames = w.page.locator('iframe[data-story-map]');
    expect(await frames.count()).toBe(3);
    const sources = await frames.evaluateAll((all) =>
      all.map((f) => new URL((f as HTMLIFrameElement).src).origin),
    );
    expect(sources).toEqual([site, otherSite.url, site].map((u) => new URL(u).origin));
    for (let i = 0; i < 3; i++) {
      const iframe = frames.nth(i);
      await iframe.evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await rests(iframe.contentFrame().locator('[data-map-state]'));
      const height = await expectSized(iframe, iframe.contentFrame());
      expect(Math.abs(height - 640), `iframe ${i + 1} was resized`).toBeGreaterThan(2);
    }
    expect(w.errors).toEqual([]);
    await w.close();
  });

  it('<story-map> elements from two story sites on one page: each is drawn by its own site, whichever embed.js runs first', async () => {
    const origins = [site, otherSite.url].map((u) => new URL(u).origin);
    // Both orders in which the two async copies of embed.js can run: each time, the later one is held back.
    for (const [first, later] of [origins, [...origins].reverse()]) {
      const w = await openPage(browser, [hosts.url, site, otherSite.url], SMALL_DESKTOP);
      let release!: () => void;
      const held = new Promise<void>((done) => (release = done));
      await w.page.route(`${later}/embed.js`, async (route) => {
        await held;
        await route.fallback();
      });
      const fetched: string[] = [];
      w.page.on('request', (r) => /story\.json|story-map-element\.js/.test(r.url()) && fetched.push(r.url()));
      // The held copy holds back the page's load event.
      await w.page.goto(`${hosts.url}/two-site-elements.html`, { waitUntil: 'domcontentloaded' });
      const elements = w.page.locator('story-map');
      const firstSite = origins.indexOf(first!);
      await rests(elements.nth(firstSite));
      release();
      for (let i = 0; i < 2; i++) {
        await elements.nth(i).evaluate((el) => el.scrollIntoView({ block: 'start' }));
        await rests(elements.nth(i), story.chapters[0]!.id);
      }
      const from = (origin: string) =>
        fetched.filter((u) => u.startsWith(origin)).map((u) => new URL(u).pathname);
      for (const origin of origins)
        expect(from(origin).sort(), `from ${origin}, ${first} first`).toEqual(
          [`/${SLUG}/story.json`, '/story-map-element.js'].sort(),
        );
      // The second site's element is in English, as its code says.
      expect(await elements.nth(1).locator('h1').textContent()).toBe(story.title.en);
      expect(w.errors).toEqual([]);
      await w.close();
    }
  });

  it('a reader at a <story-map> while its story loads stays at its top as it grows (not thrown past it)', async () => {
    const w = await openPage(browser, [hosts.url, site], SMALL_DESKTOP);
    let release!: () => void;
    const held = new Promise<void>((done) => (release = done));
    await w.page.route(`${site}/${SLUG}/story.json`, async (route) => {
      await held;
      await route.fallback();
    });
    await w.page.goto(`${hosts.url}/element.html`, { waitUntil: 'domcontentloaded' });
    const element = w.page.locator('story-map').first();
    await expect.poll(() => element.evaluate((el) => el.dataset.mapState)).toBe('loading');
    await element.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    const before = await element.evaluate((el) => el.getBoundingClientRect().top);
    release();
    await rests(element);
    const after = await element.evaluate((el) => ({
      top: el.getBoundingClientRect().top,
      height: el.getBoundingClientRect().height,
    }));
    expect(after.height, 'the story has grown to many screens').toBeGreaterThan(5 * 800);
    expect(Math.abs(after.top - before), `top ${before} px before, ${after.top} px after`).toBeLessThan(2);
    expect(await mapState(element)).toMatchObject({ chapter: story.chapters[0]!.id });
    expect(w.errors).toEqual([]);
    await w.close();
  });

  it('the <story-map> code carries its own fallback: without embed.js, the locator map, a link to the story and a retry, under the README policy', async () => {
    const host = await serveStrictHost(site, 'element', onlyEmbedPolicy(site, 'element'));
    const w = await openPage(browser, [host.url, site], SMALL_DESKTOP);
    const violations = await watchViolations(w.page);
    await w.page.route(`${site}/embed.js`, (r) => r.fulfill({ status: 404, body: 'not found' }));
    await w.page.goto(`${host.url}/`);
    const element = w.page.locator('story-map');
    await element.scrollIntoViewIfNeeded();
    const img = element.locator('img');
    await expect
      .poll(() => img.evaluate((el: HTMLImageElement) => (el.complete ? el.naturalWidth : 0)))
      .toBeGreaterThan(0);
    expect(await img.isVisible()).toBe(true);
    expect(new URL((await img.getAttribute('src'))!).pathname).toBe(`/${SLUG}/maps/locator.zh.svg`);
    expect(await img.getAttribute('alt')).toMatch(/\S/);
    const read = element.getByRole('link', { name: '阅读完整故事' });
    expect(await read.isVisible()).toBe(true);
    expect(await read.getAttribute('href')).toBe(`${site}/${SLUG}/`);
    expect(await element.getByRole('link', { name: '重试' }).isVisible()).toBe(true);
    await element.screenshot({ path: `${SHOTS}/embed-element-fallback.png` });
    expect(await violations()).toEqual([]);
    expect(w.foreign).toEqual([]);
    await w.close();
    await host.close();
  });

  it('<story-map> on a news page allowing only what the README lists (no inline style): as laid out as without a policy', async () => {
    const layouts = [];
    for (const policy of [null, onlyEmbedPolicy(site, 'element')]) {
      const host = await serveStrictHost(site, 'element', policy);
      const w = await openPage(browser, [host.url, site], SMALL_DESKTOP);
      const violations = await watchViolations(w.page);
      await w.page.goto(`${host.url}/`);
      const element = w.page.locator('story-map');
      await rests(element, story.chapters[0]!.id);
      const layout = await element.evaluate((el) => ({
        map: el.shadowRoot!.querySelector('[data-map-state]')!.getBoundingClientRect().height,
        width: el.getBoundingClientRect().width,
        height: Math.round(el.getBoundingClientRect().height),
        sheets: el.shadowRoot!.adoptedStyleSheets.length,
        styleElements: el.shadowRoot!.querySelectorAll('style').length,
      }));
      layouts.push(layout);
      // In print the static maps replace the live map: they load from our origin too.
      await w.page.emulateMedia({ media: 'print' });
      const maps = element.locator('.static-map img');
      await expect.poll(() => maps.count()).toBeGreaterThan(0);
      await expect
        .poll(() => maps.evaluateAll((all) => all.every((img) => (img as HTMLImageElement).naturalWidth > 0)))
        .toBe(true);
      expect(await violations(), policy ?? 'no policy').toEqual([]);
      expect(w.errors).toEqual([]);
      expect(w.foreign).toEqual([]);
      await w.close();
      await host.close();
    }
    const [open, strict] = layouts;
    // The map about as tall as the window, as without a policy: not collapsed for want of an inline style.
    expect(strict!.map).toBeGreaterThan(SMALL_DESKTOP.viewport!.height - 100);
    expect(strict).toEqual(open);
    expect(strict!.styleElements).toBe(0);
  });

  it("<story-map> on a news page that adds a name to every object says so in the reader's words (review N19)", async () => {
    const host = await serveStrictHost(site, 'element', null);
    const w = await openPage(browser, [host.url, site], SMALL_DESKTOP);
    await w.page.addInitScript(() => {
      // As a MooTools-era script does: enumerable, so every for…in loop meets it.
      (Object.prototype as unknown as { mooExtra: unknown }).mooExtra = () => {};
    });
    await w.page.goto(`${host.url}/`);
    const element = w.page.locator('story-map');
    await element.locator('[data-map-state="error"]').waitFor();
    const told = await element.getByRole('alert').innerText();
    expect(told).toMatch(/网页自身的脚本改动了浏览器的内置对象/);
    expect(told).toMatch(/"mooExtra"/);
    expect(told).not.toMatch(/Cannot read|undefined/);
    expect(await element.locator('.static-map img').first().isVisible()).toBe(true);
    await w.close();
    await host.close();
  });

  it('the embed page in a sandboxed iframe without allow-same-origin draws its live map (review N25)', async () => {
    const w = await openPage(browser, [hosts.url, site], SMALL_DESKTOP);
    await w.page.goto(`${hosts.url}/forger.html`);
    await w.page.setContent(
      `<iframe sandbox="allow-scripts allow-popups" src="${site}/${SLUG}/embed/" width="600" height="700"></iframe>`,
    );
    await rests(w.page.frameLocator('iframe').locator('[data-map-state]'));
    await w.close();
  });

  it('the iframe code on a news page allowing only what the README lists: resized, full width, no violation', async () => {
    for (const policy of [
      onlyEmbedPolicy(site, 'iframe'),
      // Without the hash that lets the code's style attribute apply, embed.js gives the frame its layout.
      ["default-src 'none'", ...embedDirectives(site, 'iframe').slice(0, 2)].join('; '),
    ]) {
      const host = await serveStrictHost(site, 'iframe', policy);
      const w = await openPage(browser, [host.url, site], NARROW);
      const violations = await watchViolations(w.page);
      await w.page.goto(`${host.url}/`);
      const iframe = w.page.locator('iframe[data-story-map]');
      await iframe.evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await rests(iframe.contentFrame().locator('[data-map-state]'));
      await expectSized(iframe, iframe.contentFrame());
      const fit = await iframe.evaluate((el) => ({
        width: el.getBoundingClientRect().width,
        page: document.querySelector('h1')!.getBoundingClientRect().width,
        border: getComputedStyle(el).borderTopWidth,
      }));
      expect(fit.width, policy).toBe(fit.page);
      expect(fit.border, policy).toBe('0px');
      const blocked = policy === onlyEmbedPolicy(site, 'iframe') ? [] : ['style-src-attr inline'];
      expect(await violations(), policy).toEqual(blocked);
      await w.close();
      await host.close();
    }
  });

  it('<story-map> follows the host page scroll chapter by chapter, unharmed by its CSS; a second one is independent', async () => {
    const w = await openPage(browser, [hosts.url, site], SMALL_DESKTOP);
    await w.page.goto(`${hosts.url}/element.html`);
    const first = w.page.locator('story-map').first();
    const second = w.page.locator('story-map#second');
    // The reader comes to the first element (below the news page's opening paragraphs, which may be screens long).
    await first.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await rests(first, story.chapters[0]!.id);
    // Far below the first, the second runs no live map until the reader nears it (review N17).
    expect((await mapState(second)).state).toBe('asleep');
    await second.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    const secondStart = (await rests(second)).chapter;
    await first.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await rests(first, story.chapters[0]!.id);
    // The chapter an element is at, by its own chapter navigation: an element far away runs no map to say it.
    const readerAt = (el: Locator) => el.locator('a[aria-current="step"]').getAttribute('href');
    // The news page's own picture of the same class is the news page's: the elements touch nothing outside them.
    expect(await w.page.locator('#host-picture').evaluate((svg) => svg.outerHTML)).toBe(
      '<svg class="first-frame" id="host-picture" width="40" height="20"><rect width="40" height="20" fill="#c00"></rect></svg>',
    );

    // The host's `* { font: 30px serif }` and `canvas { display: none }` stop at the shadow boundary.
    const look = await first.evaluate((el) => {
      const root = el.shadowRoot!;
      const canvas = root.querySelector('canvas')!;
      const p = root.querySelector('[data-chapter-id] p')!;
      return {
        canvas: getComputedStyle(canvas).display,
        canvasWidth: canvas.getBoundingClientRect().width,
        font: getComputedStyle(p).fontSize,
        serif: /^serif$/.test(getComputedStyle(p).fontFamily),
        width: el.getBoundingClientRect().width,
        hostWidth: document.querySelector('h1')!.getBoundingClientRect().width,
        headCss: document.querySelectorAll('link[rel=stylesheet], style').length,
      };
    });
    expect(look.canvas).not.toBe('none');
    expect(look.canvasWidth).toBeGreaterThan(300);
    expect(look.font).toBe('17px');
    expect(look.serif).toBe(false);
    expect(Math.abs(look.width - look.hostWidth)).toBeLessThan(1);
    expect(look.headCss, "nothing of ours in the host's document").toBe(1);

    // Inside a news page as on the story page: who reported the figures, under the dek and beside each figure.
    const said = await first.evaluate((el) => {
      const root = el.shadowRoot!;
      return {
        attribution: root.querySelector('[data-attribution]')?.textContent?.trim(),
        figures: root.querySelectorAll('[data-metric]').length,
        reported: root.querySelectorAll('[data-metric-from]').length,
      };
    });
    expect(said.attribution).toBe(story.attribution!.zh);
    expect(said.figures).toBeGreaterThan(0);
    expect(said.reported).toBe(said.figures);

    // A wheel over the map scrolls the page; it does not zoom the map.
    await first.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await rests(first);
    const before = { y: await w.page.evaluate(() => scrollY), zoom: (await mapState(first)).zoom };
    const canvas = await first.locator('canvas').boundingBox();
    await w.page.mouse.move(canvas!.x + canvas!.width / 2, canvas!.y + 200);
    await w.page.mouse.wheel(0, 300);
    await expect.poll(() => w.page.evaluate(() => scrollY)).toBeGreaterThan(before.y);
    expect((await mapState(first)).zoom).toBe(before.zoom);

    await w.page.screenshot({ path: `${SHOTS}/embed-element-opening.png` });
    for (const ch of story.chapters) {
      await first.evaluate(
        (el, id) => el.shadowRoot!.getElementById(id)!.scrollIntoView({ block: 'start' }),
        ch.id,
      );
      expectFramed(ch, await rests(first, ch.id));
    }
    expect(await readerAt(second), 'the second element has not moved').toBe(`#${secondStart}`);

    // Its language switch keeps the reader's place in the host page, as on the story page.
    const last = story.chapters.at(-1)!;
    const top = () =>
      first.evaluate((el, id) => el.shadowRoot!.getElementById(id)!.getBoundingClientRect().top, last.id);
    const placeBefore = await top();
    await first.getByRole('button', { name: 'English' }).click();
    await expect
      .poll(() => first.locator(`[data-chapter-id="${last.id}"] h2`).textContent())
      .toBe(last.title.en);
    expect(Math.abs((await top()) - placeBefore)).toBeLessThan(3);

    const islands = (await (await fetch(`${site}/zhoushan-islands/story.json`)).json()) as ResolvedStory;
    const next = islands.chapters[1]!;
    await second.evaluate(
      (el, id) => el.shadowRoot!.getElementById(id)!.scrollIntoView({ block: 'start' }),
      next.id,
    );
    expectFramed(next, await rests(second, next.id));
    expect(await readerAt(first)).toBe(`#${story.chapters.at(-1)!.id}`);

    // Its markers open their popups in the element too.
    const marker = second.locator('button[data-place-id]').first();
    const id = await marker.getAttribute('data-place-id');
    await marker.click();
    await expect.poll(() => second.locator(`[data-popup-for="${id}"]`).isVisible()).toBe(true);
    expect(w.errors).toEqual([]);
    expect(w.foreign).toEqual([]);
    await w.close();
  });

  it('the embed page opens at ?chapter= in the language of ?lang=', async () => {
    const ch = story.chapters[5]!;
    const w = await openPage(browser, site, NARROW);
    await w.page.goto(`${site}/${SLUG}/embed/?chapter=${ch.id}&lang=en`);
    expectFramed(ch, await settled(w.page, ch.id));
    expect(await w.page.locator('html').getAttribute('lang')).toBe('en');
    expect(await w.page.locator('[aria-current="step"]').getAttribute('data-chapter-button')).toBe(ch.id);
    expect(await w.page.locator('.caption h2').textContent()).toBe(ch.title.en);
    // The whole text, so its caveats (they come last: "not located on the map") travel with the embed, and who
    // reported the figures.
    const caption = await w.page.locator('.caption').innerText();
    for (const paragraph of ch.paragraphs.en) expect(caption).toContain(paragraph);
    expect(caption).toContain(story.attribution!.en);
    await w.page.screenshot({ path: `${SHOTS}/embed-en-${ch.id}.png`, fullPage: true });
    expect(w.errors).toEqual([]);
    await w.close();
  });

  it('the share panel offers both embed codes for the story and the language shown', async () => {
    const w = await openPage(browser, site, SMALL_DESKTOP);
    await w.page.goto(`${site}/${SLUG}/`);
    await w.page.locator('.share-panel summary').click();
    const code = (kind: string) => w.page.locator(`[data-embed-code="${kind}"]`).inputValue();
    const zh = embedCodes(`${site}/`, SLUG, 'zh', story.title.zh);
    expect(await code('iframe')).toBe(zh.iframe);
    expect(await code('element')).toBe(zh.element);
    expect(zh.element).toContain(`<story-map story="${SLUG}" lang="zh" site="${site}/">`);
    await w.page.getByRole('button', { name: 'English' }).click();
    expect(await code('element')).toBe(embedCodes(`${site}/`, SLUG, 'en', story.title.en).element);
    expect(await code('iframe')).toContain(`/${SLUG}/embed/?lang=en`);
    await w.close();
  });

  it("the story and embed pages carry their own strict policy (default-src 'self', their styles by hash): ready with no violation, alone or under a host's header", async () => {
    for (const header of [
      null,
      `default-src 'self'; style-src 'self' 'unsafe-inline'; script-src 'self' ${OPENING_SCRIPT_HASH}`,
    ]) {
      const strict = await serveDir(
        resolve(import.meta.dirname, '../../dist'),
        0,
        header === null ? {} : { 'Content-Security-Policy': header },
      );
      for (const path of [`/${SLUG}/`, `/${SLUG}/?lang=en`, `/${SLUG}/embed/`]) {
        const w = await openPage(browser, strict.url, SMALL_DESKTOP);
        const violations = await watchViolations(w.page);
        await w.page.goto(`${strict.url}${path}`);
        const policy = await w.page
          .locator('meta[http-equiv="Content-Security-Policy"]')
          .getAttribute('content');
        expect(policy, path).toMatch(
          /^default-src 'self'; style-src 'self'( 'sha256-[\w+/=]+')+; worker-src 'self' blob:(; script-src 'self' 'sha256-[\w+/=]+')?$/,
        );
        await settled(w.page);
        expect(await violations(), `${path} under ${header}`).toEqual([]);
        expect(w.errors, path).toEqual([]);
        await w.close();
      }
      await strict.close();
    }
  });
});
