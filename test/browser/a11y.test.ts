// axe-core in the real page: no serious or critical violation at the opening, at every chapter, with a popup
// open, in Chinese and in English, with the map failed (static maps shown), and on the embed page. The others are
// printed here and listed by the benchmark.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  auditEmbed,
  auditMapFailed,
  auditStory,
  describeFinding,
  isSerious,
  type AxeFinding,
} from '../../scripts/browser/axe-audit';
import { launch } from '../../scripts/browser/chromium';

const SLUG = 'ningbo-town-race';
const site = inject('siteUrl');
let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(() => browser?.close());

/** The serious and critical findings, described; the rest printed. */
function serious(found: AxeFinding[]): string[] {
  for (const f of found.filter((f) => !isSerious(f))) console.log(`a11y ${describeFinding(f)}`);
  return found.filter(isSerious).map(describeFinding);
}

describe('accessibility (axe-core)', () => {
  for (const lang of ['zh', 'en'] as const)
    it(
      `${lang}: opening, every chapter and an open popup have no serious or critical violation`,
      { timeout: 300_000 },
      async () => {
        expect(serious(await auditStory(browser, site, SLUG, lang))).toEqual([]);
      },
    );

  it('the embed page, in both languages and with a popup open: no serious or critical violation', async () => {
    expect(serious(await auditEmbed(browser, site, SLUG))).toEqual([]);
  });

  it('phone, and with the map failed (static maps): no serious or critical violation', async () => {
    expect(serious(await auditMapFailed(browser, site, SLUG))).toEqual([]);
  });
});
