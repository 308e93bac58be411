// What one built site costs the reader as its story grows: time to the live map, main-thread work per scroll event
// and memory after every chapter has been shown. Each figure is taken in a fresh browser context (cold cache).
import type { Browser, Page } from 'playwright-core';
import { DESKTOP, openPage } from '../../scripts/browser/chromium';
import { settled, storyData } from '../../scripts/browser/story-page';
import { PAGE_PROBE, type ProbeWindow } from '../page-probe';
import { median, percentile } from '../percentile';

export interface SiteFigures {
  ready_ms: number | null;
  /** Bytes on the wire (bodies as sent, and headers) of every request finished by the live map's ready. */
  bytes_by_ready: number | null;
  /** Of those requests, the basemap tiles. */
  tiles_by_ready: number | null;
  scroll_median_ms: number | null;
  scroll_p95_ms: number | null;
  heap_mb: number;
}

/** Wheel steps from the top of the page, each the size of a mouse wheel's notch. */
const SCROLL_STEPS = 40;
const NOTCH_PX = 100;

async function readyAt(page: Page): Promise<number> {
  await page.waitForFunction(() => (window as unknown as ProbeWindow).__bench.readyAt() !== null, null, {
    timeout: 120_000,
  });
  return page.evaluate(() => (window as unknown as ProbeWindow).__bench.readyAt()!);
}

/**
 * Counts the bytes of each request as it finishes, workers' included (MapLibre fetches tiles in its workers,
 * which Resource Timing on the page does not see). `total()` is what had finished when it is called.
 */
function countBytes(page: Page): { total: () => Promise<number>; tiles: () => number } {
  const sizes: Promise<number>[] = [];
  let tiles = 0;
  page.on('requestfinished', (r) => {
    if (new URL(r.url()).pathname.endsWith('.pbf')) tiles++;
    sizes.push(
      r.sizes().then(
        (s) => s.responseBodySize + s.responseHeadersSize,
        () => 0,
      ),
    );
  });
  return {
    total: async () => (await Promise.all(sizes.slice())).reduce((a, b) => a + b, 0),
    tiles: () => tiles,
  };
}

/** Lets the page finish what an event started: its scroll handler's frame and the frame after it. */
const twoFrames = (page: Page) =>
  page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(null)))));

/**
 * Main-thread work (Chromium's TaskDuration, all tasks) between one wheel notch and two frames later, for each of
 * SCROLL_STEPS notches over the text: what reading on costs the page, however many chapters it holds. The notches
 * that change chapter also pay for the map's move; the median is the scroll itself, the p95 those.
 */
async function scrollCosts(page: Page): Promise<number[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const task = async () =>
    (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')!.value * 1000;
  const box = await page.locator('[data-chapter-id]').first().boundingBox();
  if (!box) throw new Error('scale bench: no chapter on the page to scroll over');
  await page.mouse.move(box.x + box.width / 2, 400);
  const costs: number[] = [];
  for (let i = 0; i < SCROLL_STEPS; i++) {
    const before = await task();
    await page.mouse.wheel(0, NOTCH_PX);
    await twoFrames(page);
    costs.push((await task()) - before);
  }
  return costs;
}

export async function measureSite(
  browser: Browser,
  origin: string,
  slug: string,
  runs: number,
): Promise<SiteFigures> {
  const url = `${origin}/${slug}/`;
  const ready: number[] = [];
  const bytes: number[] = [];
  const tiles: number[] = [];
  for (let i = 0; i < runs; i++) {
    const w = await openPage(browser, origin, DESKTOP);
    try {
      await w.page.addInitScript({ content: PAGE_PROBE });
      const counted = countBytes(w.page);
      await w.page.goto(url);
      ready.push(await readyAt(w.page));
      tiles.push(counted.tiles());
      bytes.push(await counted.total());
    } finally {
      await w.close();
    }
  }
  // Jumps rather than flights, so a walk through 200 chapters takes a minute, not ten.
  const w = await openPage(browser, origin, { ...DESKTOP, reducedMotion: 'reduce' });
  try {
    await w.page.addInitScript({ content: PAGE_PROBE });
    await w.page.goto(url);
    await readyAt(w.page);
    await settled(w.page, undefined, 60_000);
    const costs = await scrollCosts(w.page);
    const { chapters } = await storyData(w.page);
    await w.page.evaluate(() => window.scrollTo(0, 0));
    await settled(w.page, chapters[0]!.id, 60_000);
    for (const ch of chapters.slice(1)) {
      await w.page.keyboard.press('j');
      await settled(w.page, ch.id, 60_000);
    }
    const cdp = await w.page.context().newCDPSession(w.page);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    if (w.errors.length > 0) throw new Error(`scale bench: errors on ${url}: ${w.errors.join(' | ')}`);
    return {
      ready_ms: median(ready),
      bytes_by_ready: median(bytes),
      tiles_by_ready: median(tiles),
      scroll_median_ms: percentile(costs, 50),
      scroll_p95_ms: percentile(costs, 95),
      heap_mb: heap.usedSize / 2 ** 20,
    };
  } finally {
    await w.close();
  }
}
