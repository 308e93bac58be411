// The story page read from top to bottom, once per device and language, everything a reader sees of each chapter
// checked at rest there: the map framed on the chapter's view, its markers placed and not overlapping, every label
// whole (chapter-checks.ts), no serious or critical accessibility finding (axe-core), a screenshot to look at. The
// reader prefers reduced motion, so each chapter change is a jump: what is checked is where the map comes to rest,
// and flights are the engine's tests (engine.test.ts) and the first frame's (first-frame.test.ts). One file per
// device (walk-desktop, walk-phone), so that the two walk side by side.
import type { Browser, BrowserContextOptions } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { audit, seriousFindings, type AxeFinding } from '../../scripts/browser/axe-audit';
import { DESKTOP, openPage, PHONE } from '../../scripts/browser/chromium';
import { expectFramed, scrollToChapter, settled, storyData } from '../../scripts/browser/story-page';
import { sharedBrowser } from './browser';
import { cutLabels, overlappingMarkers } from './chapter-checks';
import { SHOTS } from './shots';

const SLUG = 'ningbo-town-race';

type Walk = [name: string, device: BrowserContextOptions, lang: 'zh' | 'en', scale: number];
const DEVICES = { desktop: [DESKTOP, 1], phone: [PHONE, 2] } as const;

/** Walks the story on `device`, once in each language. */
export function walkOn(device: keyof typeof DEVICES): void {
  const site = inject('siteUrl');
  let browser: Browser;
  beforeAll(async () => (browser = await sharedBrowser()));
  afterAll(() => browser?.close());
  const [options, scale] = DEVICES[device];
  const walks: Walk[] = (['zh', 'en'] as const).map((lang) => [`${device}-${lang}`, options, lang, scale]);
  walkEach(site, () => browser, walks);
}

function walkEach(site: string, browser: () => Browser, walks: Walk[]): void {
  describe('the story, chapter by chapter', () => {
    it.each(walks)(
      '%s: from the opening through every chapter, framed, markers and labels whole, accessible, no error',
      { timeout: 300_000 },
      async (name, device, lang, scale) => {
        const w = await openPage(browser(), site, { ...device, reducedMotion: 'reduce' });
        await w.page.goto(`${site}/${SLUG}/${lang === 'en' ? '?lang=en' : ''}`);
        const story = await storyData(w.page);
        expect(story.chapters.length).toBeGreaterThan(0);
        const problems: string[] = [];
        const places = new Set(Object.values(story.places).map((p) => p.name[lang]));
        const axe: AxeFinding[] = [];
        // The page as it opens: the opening, over the map of the first chapter.
        await settled(w.page, story.chapters[0]!.id);
        await w.page.screenshot({ path: `${SHOTS}/${name}-top.png` });
        for (const p of await cutLabels(w.page, scale)) problems.push(`opening: ${p}`);
        axe.push(...(await audit(w.page, `${name} opening`)));
        // Under a Chinese original, its translation and credit are in the reader's type, as the page's own text is:
        // an English line set in a CJK face draws its quotes and apostrophes full-width.
        const [pageFont, ...lineFonts] = await w.page.evaluate(() =>
          ['.story-type', 'blockquote .translation', 'blockquote .credit'].flatMap((s) =>
            [...document.querySelectorAll(s)].slice(0, 1).map((el) => getComputedStyle(el).fontFamily),
          ),
        );
        for (const f of lineFonts)
          if (f !== pageFont)
            problems.push(`opening: an excerpt's line set in ${f}, the page in ${pageFont}`);

        for (const ch of story.chapters) {
          await scrollToChapter(w.page, ch.id);
          expectFramed(ch, await settled(w.page, ch.id));
          for (const id of ch.markers)
            await expect.poll(() => w.page.locator(`[data-place-id="${id}"]`).count()).toBe(1);
          for (const pair of await overlappingMarkers(w.page))
            problems.push(`${ch.id}: markers overlap: ${pair}`);
          for (const p of await cutLabels(w.page, scale)) problems.push(`${ch.id}: ${p}`);
          // Each excerpt credited to who said or wrote it: a place never speaks.
          const credits = await w.page
            .locator(`[data-chapter-id="${ch.id}"] blockquote .credit`)
            .allInnerTexts();
          if (credits.length !== ch.excerpts.length)
            problems.push(`${ch.id}: ${ch.excerpts.length - credits.length} excerpt(s) without a credit`);
          for (const credit of credits)
            if (places.has(credit.replace(/^—\s*/, '')))
              problems.push(`${ch.id}: an excerpt credited to a place: ${credit}`);
          // What a chapter changes: its own text, and the map pane with its markers, navigation and legend.
          axe.push(
            ...(await audit(w.page, `${name} ${ch.id}`, [`main [data-chapter-id="${ch.id}"]`, '.map-pane'])),
          );
          await w.page.screenshot({ path: `${SHOTS}/${name}-${ch.id}.png` });
        }

        // With a popup open.
        const ch = story.chapters.find((c) => c.excerpts.some((e) => e.place))!;
        await scrollToChapter(w.page, ch.id);
        await settled(w.page, ch.id);
        await w.page.locator(`[data-place-id="${ch.excerpts.find((e) => e.place)!.place}"]`).click();
        await w.page.waitForSelector('[data-popup-for]');
        axe.push(...(await audit(w.page, `${name} popup`)));

        expect(problems).toEqual([]);
        expect(seriousFindings(axe)).toEqual([]);
        expect(w.errors).toEqual([]);
        expect(w.foreign).toEqual([]);
        await w.close();
      },
    );
  });
}
