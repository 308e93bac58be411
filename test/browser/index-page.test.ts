// The story index (dist/index.html) is styled by a file of its own, so a strict Content-Security-Policy keeps it
// styled, and its links lead to the stories.
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDir, type Served } from '../../scripts/serve-dir';
import { DESKTOP, openPage } from '../../scripts/browser/chromium';
import { sharedBrowser } from './browser';

let browser: Browser;
let strict: Served;
beforeAll(async () => {
  browser = await sharedBrowser();
  strict = await serveDir(resolve(import.meta.dirname, '../../dist'), 0, {
    'Content-Security-Policy': "default-src 'self'",
  });
});
afterAll(async () => {
  await browser?.close();
  await strict?.close();
});

describe('the story index', () => {
  it("is styled under default-src 'self', with no violation", async () => {
    const w = await openPage(browser, strict.url, DESKTOP);
    await w.page.addInitScript(() => {
      const found: string[] = [];
      (window as unknown as { violations: string[] }).violations = found;
      addEventListener('securitypolicyviolation', (e) =>
        found.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    await w.page.goto(`${strict.url}/`);
    const body = await w.page.evaluate(() => {
      const s = getComputedStyle(document.body);
      return { font: s.fontFamily, width: s.maxWidth, color: s.color };
    });
    expect(body).toEqual({
      font: expect.stringMatching(/^"Noto Sans CJK SC"/),
      width: '640px',
      color: 'rgb(29, 42, 51)',
    });
    expect(await w.page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual(
      [],
    );
    expect(w.errors).toEqual([]);
    const links = await w.page
      .locator('main a')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(links.length).toBeGreaterThan(0);
    for (const href of links) expect((await fetch(href)).status, href).toBe(200);
    await w.close();
  });
});
