// axe-core in the real page: no serious or critical violation on the embed page and with the map failed (static
// maps shown). The story page at the opening, at every chapter and with a popup open, on desktop and phone, in
// Chinese and in English, is audited on the walk through it (walk.test.ts). The others are printed here and listed
// by the benchmark.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { auditEmbed, auditMapFailed, seriousFindings } from '../../scripts/browser/axe-audit';
import { sharedBrowser } from './browser';

const SLUG = 'ningbo-town-race';
const site = inject('siteUrl');
let browser: Browser;
beforeAll(async () => (browser = await sharedBrowser()));
afterAll(() => browser?.close());

describe('accessibility (axe-core)', () => {
  it('the embed page, in both languages and with a popup open: no serious or critical violation', async () => {
    expect(seriousFindings(await auditEmbed(browser, site, SLUG))).toEqual([]);
  });

  it('phone, and with the map failed (static maps): no serious or critical violation', async () => {
    expect(seriousFindings(await auditMapFailed(browser, site, SLUG))).toEqual([]);
  });
});
