// A tab hidden while the story page loads, between its script's start and the first frame it waits for: the page
// starts all the same (a hidden tab runs no frame), shows nothing of its no-script fallback meanwhile, and has its
// live map when the reader comes back. Headless Chromium has no hidden tabs: the page is told it is hidden (its
// visibility state, the event) and its frames are held, as a hidden tab's are.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DESKTOP, openPage } from '../../scripts/browser/chromium';
import { settled } from '../../scripts/browser/story-page';
import { sharedBrowser } from './browser';

const site = inject('siteUrl');
let browser: Browser;
beforeAll(async () => (browser = await sharedBrowser()));
afterAll(() => browser?.close());

/**
 * The first frame a script asks for hides the tab: that frame and every later one are held until `__show()`, which
 * makes the tab visible again and runs them.
 */
const HIDE_AT_FIRST_FRAME = `(() => {
  let state = 'visible';
  const held = [];
  const frame = window.requestAnimationFrame.bind(window);
  Object.defineProperty(Document.prototype, 'visibilityState', { get: () => state, configurable: true });
  Object.defineProperty(Document.prototype, 'hidden', { get: () => state === 'hidden', configurable: true });
  const tell = () => document.dispatchEvent(new Event('visibilitychange'));
  window.requestAnimationFrame = (cb) => {
    if (state === 'visible' && held.length === 0 && !window.__hid) {
      window.__hid = performance.now();
      state = 'hidden';
      setTimeout(tell);
    }
    if (state === 'hidden') {
      held.push(cb);
      return held.length;
    }
    return frame(cb);
  };
  window.__show = () => {
    state = 'visible';
    tell();
    for (const cb of held.splice(0)) frame(cb);
  };
})();`;

describe('a tab hidden before the first frame', () => {
  it('starts the page while hidden, without its fallback, and has the live map when shown', async () => {
    const w = await openPage(browser, site, DESKTOP);
    try {
      await w.page.addInitScript({ content: HIDE_AT_FIRST_FRAME });
      await w.page.goto(`${site}/ningbo-town-race/`);
      // Started while still hidden: the page says it runs, well before its fallback's 10 s.
      await w.page.waitForFunction(() => document.documentElement.classList.contains('app-running'), null, {
        timeout: 5_000,
      });
      expect(await w.page.evaluate(() => document.visibilityState)).toBe('hidden');
      expect(await w.page.evaluate(() => (window as unknown as { __hid?: number }).__hid)).toBeGreaterThan(0);
      const fallback = w.page.locator('.app-fallback').filter({ visible: true });
      expect(await fallback.count()).toBe(0);
      await w.page.evaluate(() => (window as unknown as { __show: () => void }).__show());
      await settled(w.page);
      expect(await w.page.locator('[data-map-state]').getAttribute('data-map-state')).toBe('ready');
      expect(w.errors).toEqual([]);
    } finally {
      await w.close();
    }
  });
});
