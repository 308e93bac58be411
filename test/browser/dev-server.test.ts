// The dev server: stories served at /<slug>/ with the author tools; a broken story shows its errors in the page.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, launch, openPage } from './chromium';
import { settled } from './story-page';

const root = resolve(import.meta.dirname, '../..');
let browser: Browser;
let server: ViteDevServer;
let url: string;

beforeAll(async () => {
  browser = await launch();
  server = await createServer({
    root,
    configFile: join(root, 'vite.config.ts'),
    server: { port: 0, host: '127.0.0.1' },
  });
  await server.listen();
  url = server.resolvedUrls!.local[0]!.replace(/\/$/, '');
});
afterAll(async () => {
  await server?.close();
  await browser?.close();
});

describe('dev server', () => {
  it('serves the story with the author tools: the camera as a view line', async () => {
    const w = await openPage(browser, new URL(url).origin, DESKTOP);
    await w.page.goto(`${url}/ningbo-town-race/`);
    await settled(w.page, undefined, 90_000);
    const tools = w.page.locator('[data-author-tools]');
    await expect.poll(() => tools.count()).toBe(1);
    expect(await tools.innerText()).toMatch(/view: \{center: \[1\d\d\.\d+, \d\d\.\d+\], zoom: \d+(\.\d+)?\}/);
    expect(w.foreign).toEqual([]);
    await w.close();
  });

  it('shows the problems of a broken story in the page instead of a half-built story', async () => {
    const slug = `broken-${process.pid}`;
    const target = join(root, 'stories', slug);
    try {
      mkdirSync(target);
      writeFileSync(join(target, 'story.yaml'), 'title: {zh: 标题}\n');
      const w = await openPage(browser, new URL(url).origin, DESKTOP);
      await w.page.goto(`${url}/ningbo-town-race/`);
      const errors = w.page.locator('[data-story-errors]');
      expect(await errors.innerText()).toMatch(
        new RegExp(`stories/${slug}/story.yaml:1:\\d+: title.en: missing`),
      );
      await w.close();
    } finally {
      rmSync(target, { recursive: true, force: true });
    }
  });
});
