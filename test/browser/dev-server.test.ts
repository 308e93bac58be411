// The dev server: stories served at /<slug>/ with the author tools; a broken story shows its errors in the page.
// It serves a copy of the project whose stories/ the tests may break: the real one is being edited and built by
// others meanwhile.
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, openPage } from '../../scripts/browser/chromium';
import { settled } from '../../scripts/browser/story-page';
import { sharedBrowser } from './browser';

const project = resolve(import.meta.dirname, '../..');
let browser: Browser;
let server: ViteDevServer;
let url: string;
let root: string;

/**
 * The project with its own copy of the stories these tests read (the site's tiles are cut for the stories there, on
 * the first tile asked for); everything else is the project's own, linked.
 */
function copyProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'story-dev-'));
  for (const name of ['story.schema.json', 'ningbo-town-race', 'zhoushan-islands'])
    cpSync(join(project, 'stories', name), join(dir, 'stories', name), { recursive: true });
  for (const name of ['src', 'scripts', 'geodata', 'public', 'node_modules', 'package.json', 'tsconfig.json'])
    symlinkSync(join(project, name), join(dir, name));
  return dir;
}

beforeAll(async () => {
  browser = await sharedBrowser();
  root = copyProject();
  server = await createServer({
    root,
    configFile: join(project, 'vite.config.ts'),
    // The linked folders resolve to the project's real paths, outside the copy.
    server: { port: 0, host: '127.0.0.1', fs: { allow: [root, project] } },
  });
  await server.listen();
  url = server.resolvedUrls!.local[0]!.replace(/\/$/, '');
});
afterAll(async () => {
  await server?.close();
  await browser?.close();
  if (root) rmSync(root, { recursive: true, force: true });
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

  it('shows a broken story its problems, the others their stories, and recovers when the file is whole', async () => {
    // An editor saving story.yaml half-way: the page shows the problems, and the saved whole file brings the story
    // back without a reload by hand (review N22).
    const file = join(root, 'stories', 'zhoushan-islands', 'story.yaml');
    const whole = readFileSync(file, 'utf8');
    writeFileSync(file, whole.slice(0, whole.indexOf('\nchapters:') + 40));
    const w = await openPage(browser, new URL(url).origin, DESKTOP);
    try {
      await w.page.goto(`${url}/zhoushan-islands/`);
      const errors = w.page.locator('[data-story-errors]');
      expect(await errors.innerText()).toMatch(
        /^stories\/zhoushan-islands\/story\.yaml:\d+:\d+: (?!warning)/,
      );
      const other = await w.page.context().newPage();
      await other.goto(`${url}/ningbo-town-race/`);
      await expect.poll(() => other.locator('[data-map-state]').count()).toBe(1);
      expect(await other.locator('[data-story-errors]').count()).toBe(0);
      await other.close();

      writeFileSync(file, whole);
      await w.page.locator('[data-map-state]').waitFor({ timeout: 30_000 });
      expect(await errors.count()).toBe(0);
    } finally {
      writeFileSync(file, whole);
      await w.close();
    }
  });
});
