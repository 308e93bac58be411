// The story page end to end in real Chromium: every story on the index is browsable, chapter by chapter (the main
// story's walk per device and language is walk.test.ts), the served HTML carries the story's metadata, markers open
// their popups by tap.
import type { Browser, BrowserContextOptions } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ResolvedChapter, ResolvedStory } from '../../src/story/types';
import { SMALL_DESKTOP, openPage, PHONE, type WatchedPage } from '../../scripts/browser/chromium';
import { PALETTE } from '../../src/map/style/palette';
import {
  expectFramed,
  mapPixelsOf,
  scrollToChapter,
  settled,
  storyData,
} from '../../scripts/browser/story-page';
import { overlappingMarkers } from './chapter-checks';
import { SHOTS } from './shots';
import { sharedBrowser } from './browser';
import { LANGS } from '../../src/story/types';
import { locale } from '../../src/locale/locales';
import { distance, t } from '../../src/locale/i18n';
import { langQuery } from '../../src/locale/lang-param';
import { asciiPunctuation } from '../../src/check/full-width';

const SLUG = 'ningbo-town-race';
const site = inject('siteUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await sharedBrowser();
});
afterAll(() => browser?.close());

async function visitEveryChapter(w: WatchedPage, name: string) {
  const story = await storyData(w.page);
  expect(story.chapters.length).toBeGreaterThan(0);
  for (const ch of story.chapters) {
    await scrollToChapter(w.page, ch.id);
    expectFramed(ch, await settled(w.page, ch.id));
    for (const id of ch.markers)
      await expect.poll(() => w.page.locator(`[data-place-id="${id}"]`).count()).toBe(1);
    expect(await overlappingMarkers(w.page), `${name} ${ch.id}: markers overlap`).toEqual([]);
    await w.page.screenshot({ path: `${SHOTS}/${name}-${ch.id}.png` });
  }
}

/** Opens the story on the first chapter that `pick` accepts, with the map at rest there. */
async function openAtChapter(
  device: BrowserContextOptions,
  pick: (c: ResolvedChapter, s: ResolvedStory) => boolean,
) {
  const w = await openPage(browser, site, device);
  await w.page.goto(`${site}/${SLUG}/`);
  const story = await storyData(w.page);
  const ch = story.chapters.find((c) => pick(c, story))!;
  await scrollToChapter(w.page, ch.id);
  await settled(w.page, ch.id);
  return { w, story, ch };
}

describe('story page', () => {
  it('every story listed on the index builds and is browsable: each chapter framed, no error', async () => {
    // At rest on each chapter is what is checked: with reduced motion, a chapter change is a jump, not a flight.
    const w = await openPage(browser, site, { ...SMALL_DESKTOP, reducedMotion: 'reduce' });
    await w.page.goto(`${site}/`);
    const links = await w.page
      .locator('main a')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(links.length).toBeGreaterThanOrEqual(2);
    for (const href of links.filter((h) => !h.endsWith(`/${SLUG}/`))) {
      await w.page.goto(href);
      await settled(w.page);
      await visitEveryChapter(w, `desktop-zh-${href.split('/').at(-2)}`);
    }
    expect(w.errors).toEqual([]);
    expect(w.foreign).toEqual([]);
    await w.close();
  });

  it("each story's served HTML carries its title, description and Open Graph tags from the story data", async () => {
    const w = await openPage(browser, site, SMALL_DESKTOP);
    for (const slug of [SLUG, 'zhoushan-islands']) {
      await w.page.goto(`${site}/${slug}/`);
      const story = await storyData(w.page);
      const html = await (await fetch(`${site}/${slug}/`)).text();
      const head = html.slice(0, html.indexOf('</head>'));
      const esc = (t: string) => t.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
      expect(head).toMatch(new RegExp(`<title>${esc(story.title.zh)}`));
      expect(head).toContain(`<meta name="description" content="${esc(story.summary.zh)}">`);
      expect(head).toContain(`<meta property="og:title" content="${esc(story.title.zh)}">`);
      expect(head).toContain(`<meta property="og:description" content="${esc(story.summary.zh)}">`);
    }
    await w.close();
  });

  it("draws a chapter's districts in the highlight colour, the same whether the reader scrolled there or linked", async () => {
    const w = await openPage(browser, site, SMALL_DESKTOP);
    await w.page.goto(`${site}/${SLUG}/`);
    const story = await storyData(w.page);
    const [first] = story.chapters;
    await settled(w.page, first!.id);
    expect(await mapPixelsOf(w.page, PALETTE.highlight), 'highlighted at the opening').toBeGreaterThan(2000);
    // A chapter that emphasises fewer districts than the opening, seen whole: what the opening lit must go out.
    const fewer = story.chapters.find(
      (c) => c.camera.kind === 'fit' && c.highlight.length < first!.highlight.length,
    )!;
    await scrollToChapter(w.page, fewer.id);
    await settled(w.page, fewer.id);
    const scrolled = await mapPixelsOf(w.page, PALETTE.highlight);
    const linked = await openPage(browser, site, SMALL_DESKTOP);
    await linked.page.goto(`${site}/${SLUG}/#${fewer.id}`);
    await settled(linked.page, fewer.id);
    const direct = await mapPixelsOf(linked.page, PALETTE.highlight);
    expect(direct, `${fewer.id} highlighted`).toBeGreaterThan(2000);
    expect(
      Math.abs(scrolled - direct) / direct,
      `${fewer.id}: ${scrolled} px after scrolling, ${direct} linked`,
    ).toBeLessThan(0.05);
    expect([...w.errors, ...linked.errors]).toEqual([]);
    await Promise.all([w.close(), linked.close()]);
  });

  it("the opening says the page is adapted from the reporters' work, dated as the source, its figures attributed", async () => {
    const w = await openPage(browser, site, SMALL_DESKTOP);
    for (const lang of LANGS) {
      await w.page.goto(`${site}/${SLUG}/${langQuery(lang)}`);
      const story = await storyData(w.page);
      const source = story.source!;
      const l = locale(lang);
      const opening = w.page.locator('header.opening');
      // Not 「文／李华…」 under the desk's headline: the reporters wrote the reports, not this page.
      expect(await opening.locator('[data-adapted-from]').innerText()).toBe(
        l.adaptedFrom(source.authors![lang]),
      );
      expect(await opening.innerText()).not.toMatch(/^文／|^By /m);
      // The source's date is the source's, never the page's own dateline.
      const date = typeof source.date === 'object' ? source.date[lang] : source.date!;
      const cited = await opening.locator('[data-source]').innerText();
      expect(cited).toContain(l.published(date));
      expect(cited.startsWith(t(lang, 'article'))).toBe(true);
      expect(await opening.locator('[data-attribution]').innerText()).toBe(story.attribution![lang]);
      // A bracket after a reporter's name reads as their employer.
      const credits = await w.page.locator('.credits').innerText();
      for (const name of source.authors![lang].split(/[；;、,]|\band\b/).map((n) => n.trim()))
        expect(credits, `${lang}: ${name} in the credits`).not.toMatch(new RegExp(`${name}\\s*[（(]`));
      await w.page.screenshot({ path: `${SHOTS}/desktop-${lang}-opening-credits.png` });
      const figure = w.page.locator('figure.metric:has([data-metric-from])').first();
      await figure.scrollIntoViewIfNeeded();
      await figure.screenshot({ path: `${SHOTS}/desktop-${lang}-figure-reported.png` });
    }
    expect(w.errors).toEqual([]);
    await w.close();
  });

  it("the Chinese page sets its own punctuation full-width, leaving the source's quotes as printed", async () => {
    const w = await openPage(browser, site, SMALL_DESKTOP);
    await w.page.goto(`${site}/${SLUG}/`);
    await settled(w.page);
    // Every text of the page but the verbatim quotes (excerpts, a figure's quote) and the English source notes.
    const texts = await w.page.evaluate(() => {
      const out: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode())
        if (!n.parentElement!.closest('blockquote, q, [lang="en"], script, style')) out.push(n.textContent!);
      return out.join('');
    });
    const found = asciiPunctuation(texts);
    expect(found, found ? `「${found.after}${found.mark}」` : '').toBeNull();
    expect(w.errors).toEqual([]);
    await w.close();
  });

  it('phone: a tap on a marker opens its popup with excerpt and figures; Escape closes it', async () => {
    const { w, story, ch } = await openAtChapter(
      PHONE,
      (c) => c.metrics.length > 0 && c.excerpts.some((e) => e.place),
    );
    const excerpt = ch.excerpts.find((e) => e.place)!;
    const place = excerpt.place!;
    const marker = w.page.locator(`[data-place-id="${place}"]`);
    const box = (await marker.boundingBox())!;
    expect(Math.min(box.width, box.height), 'tap target (CSS px)').toBeGreaterThanOrEqual(44);
    await marker.tap();
    const popup = w.page.locator(`[data-popup-for="${place}"]`);
    await expect.poll(() => popup.isVisible()).toBe(true);
    const text = await popup.innerText();
    expect(text).toContain(story.places[place]!.name.zh);
    expect(text).toContain(excerpt.text.zh.slice(0, 12));
    await w.page.screenshot({ path: `${SHOTS}/phone-zh-popup-${place}.png` });
    await w.page.keyboard.press('Escape');
    await expect.poll(() => popup.count()).toBe(0);
    expect(w.errors).toEqual([]);
    await w.close();
  });

  it("a marker's popup shows the excerpts that name its place, never one the map does not locate", async () => {
    const { w, ch } = await openAtChapter(SMALL_DESKTOP, (c) => c.excerpts.some((e) => !e.place));
    const unplaced = ch.excerpts.filter((e) => !e.place);
    for (const id of ch.markers) {
      await w.page.locator(`[data-place-id="${id}"]`).click();
      const popup = w.page.locator(`[data-popup-for="${id}"]`);
      await expect.poll(() => popup.isVisible()).toBe(true);
      const text = await popup.innerText();
      for (const e of unplaced) expect(text, `${id}'s popup`).not.toContain(e.text.zh.slice(0, 12));
      for (const e of ch.excerpts.filter((e) => e.place === id))
        expect(text).toContain(e.text.zh.slice(0, 12));
      await w.page.keyboard.press('Escape');
      await expect.poll(() => popup.count()).toBe(0);
    }
    expect(w.errors).toEqual([]);
    await w.close();
  });

  it('an approximate place is named as approximate and drawn as an area, never as a pin', async () => {
    const { w, story, ch } = await openAtChapter(SMALL_DESKTOP, (c, s) =>
      c.markers.some((id) => s.places[id]!.approximate),
    );
    for (const id of ch.markers.filter((m) => story.places[m]!.approximate)) {
      const marker = w.page.locator(`[data-place-id="${id}"]`);
      expect(await marker.getAttribute('aria-label')).toMatch(/近似位置/);
      expect(await marker.locator('svg.pin').count()).toBe(0);
      expect(story.areas.features.some((f) => f.properties.id === id)).toBe(true);
      // Its popup says so, spaced as the language writes it ("approximate location · within about 1 km").
      await marker.click();
      const where = await w.page.locator(`[data-popup-for="${id}"] .where`).innerText();
      const metres = story.places[id]!.precision_m;
      expect(where).toBe(
        `${t('zh', 'approximate')} · ${t('zh', 'within')}${locale('zh').space}${distance('zh', metres)}`,
      );
      await w.page.screenshot({ path: `${SHOTS}/desktop-zh-popup-${id}.png` });
      await w.page.keyboard.press('Escape');
    }
    await w.close();
  });
});
