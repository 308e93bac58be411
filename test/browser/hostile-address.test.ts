// Whatever the address holds (a stray %, a broken escape, an unknown chapter, ten thousand characters), the story
// page opens with its text and its map, at the opening or at the chapter the address names; so does the embed.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SMALL_DESKTOP, openPage } from '../../scripts/browser/chromium';
import { settled, storyData } from '../../scripts/browser/story-page';
import { sharedBrowser } from './browser';

const SLUG = 'ningbo-town-race';
const site = inject('siteUrl');
let browser: Browser;
beforeAll(async () => (browser = await sharedBrowser()));
afterAll(() => browser?.close());

const LONG = 'x'.repeat(10_000);
/** Addresses that name no chapter, by what they hold: the story opens at its top. */
const NAMING_NONE: [string, string][] = [
  ['a stray %', '#100%'],
  ['a cut escape', '#%E0%A4%A'],
  ['a lone %', '#%'],
  ['an unknown chapter', '#nowhere'],
  ['a 10,000-character hash', `#${LONG}`],
  ['10,000 % in the hash', `#${'%'.repeat(10_000)}`],
  ['a 10,000-character query', `?${LONG}`],
  ['10,000 % in ?lang', `?lang=${'%'.repeat(10_000)}`],
  ['cut escapes in both', '?q=%E0%A4%A#%E0%A4%A'],
];
/** ?chapter= values for the embed page, by what they hold. */
const EMBED_CHAPTERS: [string, string][] = [
  ['a cut escape', '%E0%A4%A'],
  ['a stray %', '100%'],
  ['10,000 characters', LONG],
  ['a name on Object.prototype', 'constructor'],
];

describe('hostile addresses', () => {
  it.each(NAMING_NONE)('the story page opens at its top, with %s', async (_, address) => {
    const w = await openPage(browser, site, SMALL_DESKTOP);
    await w.page.goto(`${site}/${SLUG}/${address}`);
    const story = await storyData(w.page);
    expect(await w.page.locator('h1').innerText()).toBe(story.title.zh);
    expect(await w.page.locator('[data-chapter-id]').count()).toBe(story.chapters.length);
    expect((await settled(w.page)).chapter).toBe(story.chapters[0]!.id);
    expect(await w.page.evaluate(() => scrollY)).toBe(0);
    expect(w.errors).toEqual([]);
    await w.close();
  });

  it('a chapter named with escapes and junk in the query opens at that chapter', async () => {
    const w = await openPage(browser, site, SMALL_DESKTOP);
    await w.page.goto(`${site}/${SLUG}/`);
    const chapter = (await storyData(w.page)).chapters[3]!;
    const escaped = [...chapter.id].map((c) => `%${c.charCodeAt(0).toString(16)}`).join('');
    await w.page.goto(`${site}/${SLUG}/?q=%E0%A4%A&${LONG}#${escaped}`);
    await settled(w.page, chapter.id);
    expect(await w.page.locator(`[data-chapter-id="${chapter.id}"]`).isVisible()).toBe(true);
    expect(w.errors).toEqual([]);
    await w.close();
  });

  it.each(EMBED_CHAPTERS)('the embed page opens at the opening, with %s in ?chapter', async (_, c) => {
    const w = await openPage(browser, site, SMALL_DESKTOP);
    // childId too (pym's frame id, read by report-height.ts); the hash is never sent, so it can be long as well.
    await w.page.goto(`${site}/${SLUG}/embed/?chapter=${c}&childId=${c.slice(0, 100)}#${c}`);
    await settled(w.page);
    const story = await storyData(w.page);
    expect(await w.page.locator('[aria-current="step"]').getAttribute('data-chapter-button')).toBe(
      story.chapters[0]!.id,
    );
    expect(w.errors).toEqual([]);
    await w.close();
  });
});
