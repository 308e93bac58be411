// What the tests read from a story page: its embedded story data and the map's published state.
import { distance } from '@turf/turf';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { ResolvedChapter, ResolvedStory } from '../../src/story/types';

export interface MapState {
  state: string;
  chapter: string;
  center: [number, number];
  zoom: number;
  /** What MapLibre last reported as an error (StoryMap.svelte's data-map-error), if anything. */
  error?: string;
}

export async function storyData(page: Page): Promise<ResolvedStory> {
  return JSON.parse((await page.locator('#story-data').textContent()) ?? 'null') as ResolvedStory;
}

/** The map state published on `page`'s map container, or on another element that carries it (<story-map>). */
export async function mapState(page: Page | Locator): Promise<MapState> {
  const target = 'goto' in page ? page.locator('[data-map-state]') : page;
  const d = await target.evaluate((el) => ({ ...(el as HTMLElement).dataset }));
  const [lon, lat] = (d.center ?? '').split(',').map(Number);
  const m: MapState = {
    state: d.mapState ?? '',
    chapter: d.chapter ?? '',
    center: [lon!, lat!],
    zoom: Number(d.zoom),
  };
  return d.mapError === undefined ? m : { ...m, error: d.mapError };
}

/**
 * Waits until the map rests on `chapter` (or on any chapter, when none is given). A map that got there with an error
 * from MapLibre on the way fails, as a console error does.
 */
export async function settled(page: Page, chapter?: string, timeout = 30_000): Promise<MapState> {
  await page
    .waitForFunction(
      (id) => {
        const el = document.querySelector<HTMLElement>('[data-map-state]');
        return el?.dataset.mapState === 'ready' && (id === null || el.dataset.chapter === id);
      },
      chapter ?? null,
      { timeout },
    )
    .catch(async (e: Error) => {
      const m = await mapState(page);
      throw new Error(
        `map did not settle on ${chapter ?? 'any chapter'}: ${JSON.stringify(m)} (${e.message})`,
      );
    });
  const m = await mapState(page);
  if (m.error !== undefined) throw new Error(`the map reported an error: ${m.error}`);
  return m;
}

export async function scrollToChapter(page: Page, id: string): Promise<void> {
  await page.locator(`[data-chapter-id="${id}"]`).evaluate((el) => el.scrollIntoView({ block: 'start' }));
}

/** The map shows the chapter's view: its centre within 1 km and zoom within 0.05, or its centre inside its bounds. */
export function expectFramed(ch: ResolvedChapter, m: MapState) {
  expect(m.chapter).toBe(ch.id);
  if (ch.camera.kind === 'center') {
    expect(distance(m.center, ch.camera.center, { units: 'kilometers' }), `${ch.id} centre`).toBeLessThan(1);
    expect(Math.abs(m.zoom - ch.camera.zoom), `${ch.id} zoom`).toBeLessThan(0.05);
  } else {
    const [w, s, e, n] = ch.camera.bounds;
    expect(m.center[0], `${ch.id} centre lon`).toBeGreaterThanOrEqual(w);
    expect(m.center[0]).toBeLessThanOrEqual(e);
    expect(m.center[1], `${ch.id} centre lat`).toBeGreaterThanOrEqual(s);
    expect(m.center[1]).toBeLessThanOrEqual(n);
  }
}

/** How many pixels of the map's canvas, as the reader sees it, are within `tolerance` of `hex` in every channel. */
export async function mapPixelsOf(page: Page, hex: string, tolerance = 3): Promise<number> {
  const png = (await page.locator('.story-map canvas').screenshot()).toString('base64');
  const rgb = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return page.evaluate(
    async ({ png, rgb, tolerance }) => {
      const bytes = Uint8Array.from(atob(png), (c) => c.charCodeAt(0));
      const image = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const ctx = new OffscreenCanvas(image.width, image.height).getContext('2d')!;
      ctx.drawImage(image, 0, 0);
      const { data } = ctx.getImageData(0, 0, image.width, image.height);
      let n = 0;
      for (let i = 0; i < data.length; i += 4)
        if (rgb.every((v, c) => Math.abs(data[i + c]! - v) <= tolerance)) n++;
      return n;
    },
    { png, rgb, tolerance },
  );
}
