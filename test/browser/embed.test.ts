// Embedding, with news pages served from another origin than the story: the iframe embed resized by NPR's pym.js
// and by our embed.js (which ignores forged height messages), the <story-map> element driven by the host page's
// scroll among hostile page styles, two elements independent, and the story page under a strict CSP.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, BrowserContextOptions, FrameLocator, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Served } from '../../scripts/serve-dir';
import { serveDir } from '../../scripts/serve-dir';
import { embedCodes } from '../../src/embed/embed-codes';
import type { ResolvedStory } from '../../src/story/types';
import { DESKTOP, launch, openPage } from './chromium';
import { FORGED, FORGED_HEIGHT, serveHostPages } from './host-pages';
import { expectFramed, mapState, settled } from './story-page';

const SLUG = 'ningbo-town-race';
const SHOTS = 'test-results/screenshots';
const site = inject('siteUrl');
const NARROW: BrowserContextOptions = { viewport: { width: 480, height: 800 }, deviceScaleFactor: 1 };
let browser: Browser;
let hosts: Served;
let story: ResolvedStory;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  browser = await launch();
  hosts = await serveHostPages(site);
  story = (await (await fetch(`${site}/${SLUG}/story.json`)).json()) as ResolvedStory;
});
afterAll(async () => {
  await browser?.close();
  await hosts?.close();
});

/** Resolves when the map of `where` rests on `chapter` (on any, if none is given). */
async function rests(where: Locator, chapter?: string) {
  await expect
    .poll(
      async () => {
        const m = await mapState(where);
        return m.state === 'ready' && (chapter === undefined || m.chapter === chapter);
      },
      { timeout: 30_000 },
    )
    .toBe(true);
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
  const length = (i: number) => story.chapters[i]!.paragraphs.zh[0]?.length ?? 0;
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
    await exerciseFrame(w.page.locator('#story iframe'));
    await w.page.locator('#story iframe').screenshot({ path: `${SHOTS}/embed-pym-iframe.png` });
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

  it('<story-map> follows the host page scroll chapter by chapter, unharmed by its CSS; a second one is independent', async () => {
    const w = await openPage(browser, [hosts.url, site], DESKTOP);
    await w.page.goto(`${hosts.url}/element.html`);
    const first = w.page.locator('story-map').first();
    const second = w.page.locator('story-map#second');
    await rests(first, story.chapters[0]!.id);
    const secondStart = (await rests(second)).chapter;

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
    expect((await mapState(second)).chapter, 'the second element has not moved').toBe(secondStart);

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
    expect((await mapState(first)).chapter).toBe(story.chapters.at(-1)!.id);

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
    expect(w.errors).toEqual([]);
    await w.close();
  });

  it('the share panel offers both embed codes for the story and the language shown', async () => {
    const w = await openPage(browser, site, DESKTOP);
    await w.page.goto(`${site}/${SLUG}/`);
    await w.page.locator('.share-panel summary').click();
    const code = (kind: string) => w.page.locator(`[data-embed-code="${kind}"]`).inputValue();
    const zh = embedCodes(`${site}/`, SLUG, 'zh', story.title.zh);
    expect(await code('iframe')).toBe(zh.iframe);
    expect(await code('element')).toBe(zh.element);
    expect(zh.element).toContain(`<story-map story="${SLUG}" lang="zh"></story-map>`);
    await w.page.getByRole('button', { name: 'English' }).click();
    expect(await code('element')).toBe(embedCodes(`${site}/`, SLUG, 'en', story.title.en).element);
    expect(await code('iframe')).toContain(`/${SLUG}/embed/?lang=en`);
    await w.close();
  });

  it("under a strict Content-Security-Policy (default-src 'self') the story and embed pages reach ready with no violation", async () => {
    const strict = await serveDir(resolve(import.meta.dirname, '../../dist'), 0, {
      'Content-Security-Policy': "default-src 'self'",
    });
    for (const path of [`/${SLUG}/`, `/${SLUG}/?lang=en`, `/${SLUG}/embed/`]) {
      const w = await openPage(browser, strict.url, DESKTOP);
      await w.page.addInitScript(() => {
        const found: string[] = [];
        (window as unknown as { violations: string[] }).violations = found;
        addEventListener('securitypolicyviolation', (e) =>
          found.push(`${e.violatedDirective} ${e.blockedURI}`),
        );
      });
      await w.page.goto(`${strict.url}${path}`);
      await settled(w.page);
      expect(await w.page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual(
        [],
      );
      expect(w.errors, path).toEqual([]);
      await w.close();
    }
    await strict.close();
  });
});
