// One cold run of one page: a fresh browser context (empty cache), load to map ready, the fixed flights with frame
// intervals recorded in the page, the rest of the story, then heap and bytes.
import type { Browser } from 'playwright-core';
import { DESKTOP, openPage } from '../scripts/browser/chromium';
import { bytesByKind, isTile, transfers, type Bytes, type Transfer } from './bytes-by-kind';
import { readyOrFailed } from './load-ready';
import { PAGE_PROBE, type ProbeWindow } from './page-probe';
import { percentile } from './percentile';
import { shownFrameAfterMark, traceFrames } from './on-screen';
import type { Tour } from './tours';

export interface RunFigures {
  fcp_ms: number | null;
  /** The first map pixels: a first-frame image's paint (element timing) or the live map's ready, the earlier. */
  first_pixels_ms: number;
  ready_ms: number;
  /** The live map on screen: the frame the display drew with it shown (on-screen.ts); null if none was traced. */
  onscreen_ms: number | null;
  /** Of that, the main thread's wait in the commit of the frame that showed it (on-screen.ts, ShownFrame). */
  shown_commit_ms: number | null;
  /** Bytes that had arrived by then (transferSize), and the basemap's files among them (weighed by servedGzip). */
  bytes_by_onscreen: number | null;
  onscreen_tiles: Transfer[];
  frame_median_ms: number | null;
  frame_p95_ms: number | null;
  frames: number;
  heap_mb: number;
  bytes: Bytes;
  foreign: number;
  /** The map's size in CSS px. */
  map: { width: number; height: number };
  /** Each response's end, ms from navigation start: what the map waited for before it was ready. */
  waterfall: Transfer[];
  errors: string[];
}

export interface RunSpec {
  origin: string;
  url: string;
  tour: Tour;
  /** Flights 1..framed are the ones whose frames are recorded; the tour continues to `flights` - 1. */
  framed: number;
  flights: number;
}

export async function runPage(browser: Browser, spec: RunSpec): Promise<RunFigures> {
  const w = await openPage(browser, spec.origin, DESKTOP);
  try {
    const { page } = w;
    await page.addInitScript({ content: PAGE_PROBE });
    const trace = await traceFrames(browser);
    await page.goto(spec.url);
    await readyOrFailed(page);
    await page.waitForFunction(() => (window as unknown as ProbeWindow).__bench.shownAt() !== null);
    // The frame that shows the map is drawn after the mark: two frames on, it is in the trace.
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    const shownFrame = shownFrameAfterMark(await trace.stop());
    const start = await page.evaluate(() => {
      const canvas = document.querySelector<HTMLElement>('.maplibregl-canvas');
      return {
        shown: (window as unknown as ProbeWindow).__bench.shownAt(),
        ready: (window as unknown as ProbeWindow).__bench.readyAt(),
        firstPixels: (window as unknown as ProbeWindow).__bench.firstPixelsAt(),
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
        map: { width: canvas?.clientWidth ?? 0, height: canvas?.clientHeight ?? 0 },
      };
    });
    if (start.ready === null) throw new Error(`map error on ${spec.url}: ${w.errors.join('; ')}`);

    await spec.tour.prepare(page);
    await page.evaluate(() => (window as unknown as ProbeWindow).__bench.startFrames());
    for (let i = 1; i <= spec.framed; i++) await spec.tour.fly(page, i);
    const intervals = await page.evaluate(() => (window as unknown as ProbeWindow).__bench.stopFrames());
    for (let i = spec.framed + 1; i < spec.flights; i++) await spec.tour.fly(page, i);

    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    const list = await transfers(page);
    const onscreen = start.shown !== null && shownFrame !== null ? start.shown + shownFrame.afterMark : null;
    const byOnscreen = onscreen === null ? [] : list.filter((t) => t.end <= onscreen);
    return {
      fcp_ms: start.fcp,
      first_pixels_ms: start.firstPixels ?? start.ready,
      ready_ms: start.ready,
      onscreen_ms: onscreen,
      shown_commit_ms: shownFrame?.commit ?? null,
      bytes_by_onscreen: onscreen === null ? null : bytesByKind(byOnscreen).total,
      onscreen_tiles: byOnscreen.filter((t) => isTile(t.url)),
      frame_median_ms: percentile(intervals, 50),
      frame_p95_ms: percentile(intervals, 95),
      frames: intervals.length,
      heap_mb: heap.usedSize / 2 ** 20,
      bytes: bytesByKind(list),
      foreign: w.foreign.length,
      map: start.map,
      waterfall: list,
      errors: w.errors,
    };
  } finally {
    await w.close();
  }
}
