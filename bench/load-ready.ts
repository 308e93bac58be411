// One cold load of one page to its map's ready, nothing after: the rung's figure, and the quick ladder's
// (`npm run bench -- --ladder`). The same probe as run-page.ts, so "ready" means the same moment on every page.
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { DESKTOP, openPage } from '../scripts/browser/chromium';
import { PAGE_PROBE, type ProbeWindow } from './page-probe';

export interface ReadyFigures {
  ready_ms: number;
  fcp_ms: number | null;
  /** The first map pixels, a first frame's or the live map's (page-probe.ts). */
  first_pixels_ms: number | null;
  /** The map's size in CSS px, and the height of what overlays its top edge (the story's navigation). */
  map: { width: number; height: number; insetTop: number };
  /** Centre, zoom and padding at ready, as "lng,lat zoom top,right,bottom,left" (the rung's is checked against it). */
  camera: string | null;
}

const READY_TIMEOUT_MS = 60_000;

/** Waits until the probe has seen the map ready, or failed. */
export async function readyOrFailed(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const b = (window as unknown as ProbeWindow).__bench;
      return b.readyAt() !== null || b.failed();
    },
    null,
    { timeout: READY_TIMEOUT_MS },
  );
}

/** Waits for the probe's ready and reads what the ladder compares. Exported for the traced loads. */
export async function awaitReady(page: Page, url: string, errors: readonly string[]): Promise<ReadyFigures> {
  await readyOrFailed(page);
  const r = await page.evaluate(() => {
    const canvas = document.querySelector<HTMLElement>('.maplibregl-canvas');
    const storyMap = document.querySelector<HTMLElement>('.story-map');
    const nav = document.querySelector<HTMLElement>('.nav-slot');
    const top = storyMap?.getBoundingClientRect().top ?? 0;
    return {
      ready: (window as unknown as ProbeWindow).__bench.readyAt(),
      firstPixels: (window as unknown as ProbeWindow).__bench.firstPixelsAt(),
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
      map: {
        width: canvas?.clientWidth ?? 0,
        height: canvas?.clientHeight ?? 0,
        insetTop: nav ? Math.round(nav.getBoundingClientRect().bottom - top) : 0,
      },
      camera: storyMap
        ? `${storyMap.dataset.center} ${storyMap.dataset.zoom} ${storyMap.dataset.padding}`
        : (document.body.dataset.camera ?? null),
    };
  });
  if (r.ready === null) throw new Error(`map error on ${url}: ${errors.join('; ')}`);
  return { ready_ms: r.ready, fcp_ms: r.fcp, first_pixels_ms: r.firstPixels, map: r.map, camera: r.camera };
}

export async function loadReady(
  browser: Browser,
  origin: string,
  url: string,
  viewport: BrowserContextOptions = DESKTOP,
): Promise<ReadyFigures> {
  const w = await openPage(browser, origin, viewport);
  try {
    await w.page.addInitScript({ content: PAGE_PROBE });
    await w.page.goto(url);
    return await awaitReady(w.page, url, w.errors);
  } finally {
    await w.close();
  }
}
