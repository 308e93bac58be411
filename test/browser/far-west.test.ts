// A story far from Ningbo (test/fixtures/far-west/: Luoyang to Kashgar, four provinces), built into a site of its
// own: the map starts and rests on each chapter's places, its basemap comes as tiles from the site itself, every tile
// answered, and its labels are in the reader's language.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { VectorTile } from '@mapbox/vector-tile';
import Pbf from 'pbf';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, openPage } from '../../scripts/browser/chromium';
import { scrollToChapter, settled, storyData } from '../../scripts/browser/story-page';
import { serveDir, type Served } from '../../scripts/serve-dir';
import { sharedBrowser } from './browser';
import { SHOTS } from './shots';

const ROOT = resolve(import.meta.dirname, '../..');
const SLUG = 'silk-road-west';
const TILE = /\/assets\/tiles\/(\d+)\/(\d+)\/(\d+)\.pbf$/;

let browser: Browser;
let site: Served;
let out: string;
beforeAll(async () => {
  // The geodata is built (npm run build ran before the browser tests); the site of the fixture alone is not.
  out = mkdtempSync(join(tmpdir(), 'storymap-far-west-'));
  execFileSync('npx', ['vite', 'build', '--outDir', out, '--emptyOutDir', '--logLevel', 'error'], {
    cwd: ROOT,
    // As `npm run build` runs it, not as vitest's own process is set up (a test environment builds wrongly).
    env: {
      ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(VITEST|NODE_ENV|TEST$)/.test(k))),
      STORIES_DIR: 'test/fixtures/far-west',
    },
    stdio: 'pipe',
  });
  site = await serveDir(out);
  browser = await sharedBrowser();
}, 240_000);
afterAll(async () => {
  await browser?.close();
  await site?.close();
  if (out) rmSync(out, { recursive: true, force: true });
});

describe('a story in the far west', () => {
  it.each(['zh', 'en'] as const)(
    '%s: rests on each chapter’s places over tiles of its own site, labelled in the reader’s language',
    { timeout: 180_000 },
    async (lang) => {
      const w = await openPage(browser, site.url, { ...DESKTOP, reducedMotion: 'reduce' });
      const tiles: { url: string; status: number; body: Buffer }[] = [];
      w.page.on('response', async (r) => {
        if (TILE.test(r.url())) tiles.push({ url: r.url(), status: r.status(), body: await r.body() });
      });
      await w.page.goto(`${site.url}/${SLUG}/${lang === 'en' ? '?lang=en' : ''}`);
      const story = await storyData(w.page);
      await settled(w.page, 'route');
      for (const id of ['lanzhou', 'dunhuang', 'kashgar']) {
        await scrollToChapter(w.page, id);
        const m = await settled(w.page, id);
        const place = story.places[id]!;
        expect(m.center[0], id).toBeCloseTo(place.lon, 3);
        expect(m.center[1], id).toBeCloseTo(place.lat, 3);
        await w.page.screenshot({ path: `${SHOTS}/far-west-${lang}-${id}.png` });
      }
      expect(tiles.length).toBeGreaterThan(0);
      for (const t of tiles) {
        expect(new URL(t.url).origin, t.url).toBe(site.url);
        expect(t.status, t.url).toBe(200);
      }
      // The counties named in the tiles the reader was sent, as the map's labels read them: in English where a name
      // was derived, else in Chinese (label-layers.ts, labelField).
      // (The world's countries beside them are keyed by name, not by a county's six-digit code.)
      const names = new Set<string>();
      for (const t of tiles) {
        const labels = new VectorTile(new Pbf(t.body)).layers.district_labels;
        for (let i = 0; i < (labels?.length ?? 0); i++) {
          const p = labels!.feature(i).properties;
          if (!/^\d{6}$/.test(String(p.adcode))) continue;
          names.add(String(lang === 'en' ? (p.name_en ?? p.name_zh) : p.name_zh));
        }
      }
      if (lang === 'en') {
        expect([...names]).toContain('Dunhuang City');
        expect([...names]).toContain('Anning District');
      } else {
        expect([...names]).toContain('敦煌市');
        expect([...names].every((n) => /\p{Script=Han}/u.test(n))).toBe(true);
      }
      expect(w.errors).toEqual([]);
      expect(w.foreign).toEqual([]);
      await w.close();
    },
  );
});
