// axe-core in the real page: no serious or critical violation at the opening, at every chapter, with a popup
// open, in Chinese and in English, with the map failed (static maps shown), and on the embed page. Minor ones are
// listed.
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DESKTOP, launch, openPage, PHONE } from './chromium';
import { scrollToChapter, settled, storyData } from './story-page';

const SLUG = 'ningbo-town-race';
const site = inject('siteUrl');
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(() => browser?.close());

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

async function audit(page: Page, where: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (o: unknown) => Promise<{ violations: Violation[] }> } })
      .axe;
    return (await axe.run({ resultTypes: ['violations'] })).violations;
  });
  for (const v of violations.filter((v) => v.impact !== 'serious' && v.impact !== 'critical'))
    console.log(`a11y (${v.impact}) ${where}: ${v.id}: ${v.help}`);
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${where}: ${v.impact} ${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
}

describe('accessibility (axe-core)', () => {
  for (const lang of ['zh', 'en'] as const)
    it(
      `${lang}: opening, every chapter and an open popup have no serious or critical violation`,
      { timeout: 300_000 },
      async () => {
        const w = await openPage(browser, site, DESKTOP);
        await w.page.goto(`${site}/${SLUG}/${lang === 'en' ? '?lang=en' : ''}`);
        await settled(w.page);
        const found = await audit(w.page, `${lang} opening`);
        const story = await storyData(w.page);
        for (const ch of story.chapters) {
          await scrollToChapter(w.page, ch.id);
          await settled(w.page, ch.id);
          found.push(...(await audit(w.page, `${lang} ${ch.id}`)));
        }
        const ch = story.chapters.find((c) => c.excerpts.length > 0)!;
        await scrollToChapter(w.page, ch.id);
        await settled(w.page, ch.id);
        await w.page.locator(`[data-place-id="${ch.excerpts[0]!.place}"]`).click();
        await w.page.waitForSelector('[data-popup-for]');
        found.push(...(await audit(w.page, `${lang} popup`)));
        expect(found).toEqual([]);
        await w.close();
      },
    );

  it('the embed page, in both languages and with a popup open: no serious or critical violation', async () => {
    const found: string[] = [];
    for (const lang of ['zh', 'en'] as const) {
      const w = await openPage(browser, site, PHONE);
      await w.page.goto(`${site}/${SLUG}/embed/${lang === 'en' ? '?lang=en' : ''}`);
      await settled(w.page);
      found.push(...(await audit(w.page, `embed ${lang}`)));
      await w.page.locator('[data-place-id]').first().click();
      await w.page.waitForSelector('[data-popup-for]');
      found.push(...(await audit(w.page, `embed ${lang} popup`)));
      await w.close();
    }
    expect(found).toEqual([]);
  });

  it('phone, and with the map failed (static maps): no serious or critical violation', async () => {
    const w = await openPage(browser, site, PHONE);
    await w.page.route('**/*.topo*.json', (r) => r.abort());
    await w.page.goto(`${site}/${SLUG}/`);
    await w.page.waitForSelector('[data-map-state="error"]');
    expect(await audit(w.page, 'phone map-failed')).toEqual([]);
    await w.close();
  });
});
