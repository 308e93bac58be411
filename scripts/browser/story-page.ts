// What the tests and the benchmark read from a story page: its embedded story data and the map's published state.
import { distance } from '@turf/turf';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { ResolvedChapter, ResolvedStory } from '../../src/story/types';
import { decoderIn, type DecodePng } from './page-png';

export interface MapState {
  state: string;
  chapter: string;
  center: [number, number];
  zoom: number;
  /** What MapLibre last reported as an error (StoryMap.svelte's data-map-error), if anything. */
  error?: string;
  /** The map's size and the padding MapLibre framed the view in. */
  width: number;
  height: number;
  padding: { top: number; right: number; bottom: number; left: number };
}

export async function storyData(page: Page): Promise<ResolvedStory> {
  return JSON.parse((await page.locator('#story-data').textContent()) ?? 'null') as ResolvedStory;
}

/** The map state published on `page`'s map container, or on another element that carries it (<story-map>). */
export async function mapState(page: Page | Locator): Promise<MapState> {
  const target = 'goto' in page ? page.locator('[data-map-state]') : page;
  const d = await target.evaluate((el) => ({ ...(el as HTMLElement).dataset }));
  const [lon, lat] = (d.center ?? '').split(',').map(Number);
  const [width = 0, height = 0] = (d.size ?? '').split('x').map(Number);
  const [top = 0, right = 0, bottom = 0, left = 0] = (d.padding ?? '').split(',').map(Number);
  const m: MapState = {
    state: d.mapState ?? '',
    chapter: d.chapter ?? '',
    center: [lon!, lat!],
    zoom: Number(d.zoom),
    width,
    height,
    padding: { top, right, bottom, left },
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

const mercX = (lon: number) => ((lon + 180) / 360) * 512;
const mercY = (lat: number) =>
  ((1 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / Math.PI) / 2) * 512;

/**
 * The map shows the chapter's view: a `center` view's centre within 1 km and zoom within 0.05; a `fit` view's bounds,
 * placed on the screen by the camera MapLibre reports, lie inside the padded part of the map and fill it on their
 * tighter side (or the map is at its zoom limit). Wrong padding, a zoom off by a step, or a centre off by a few pixels
 * fails; a test of the centre alone passed them all.
 */
export function expectFramed(ch: ResolvedChapter, m: MapState, maxZoom = 11) {
  expect(m.chapter).toBe(ch.id);
  if (ch.camera.kind === 'center') {
    expect(distance(m.center, ch.camera.center, { units: 'kilometers' }), `${ch.id} centre`).toBeLessThan(1);
    expect(Math.abs(m.zoom - ch.camera.zoom), `${ch.id} zoom`).toBeLessThan(0.05);
    return;
  }
  const [w, s, e, n] = ch.camera.bounds;
  const k = 2 ** m.zoom;
  const { top, right, bottom, left } = m.padding;
  const roomX = m.width - left - right;
  const roomY = m.height - top - bottom;
  // MapLibre puts the centre in the middle of the padded part of the map.
  const x = (lon: number) => left + roomX / 2 + (mercX(lon) - mercX(m.center[0])) * k;
  const y = (lat: number) => top + roomY / 2 + (mercY(lat) - mercY(m.center[1])) * k;
  const box = { left: x(w), right: x(e), top: y(n), bottom: y(s) };
  // The published camera is rounded (zoom to 0.01): a few pixels of slack.
  const slack = 3;
  const where = `${ch.id}: bounds at ${JSON.stringify(box)} in a ${m.width}×${m.height} map padded ${JSON.stringify(m.padding)}`;
  expect(box.left, where).toBeGreaterThanOrEqual(left - slack);
  expect(box.right, where).toBeLessThanOrEqual(m.width - right + slack);
  expect(box.top, where).toBeGreaterThanOrEqual(top - slack);
  expect(box.bottom, where).toBeLessThanOrEqual(m.height - bottom + slack);
  const fills = box.right - box.left >= roomX - 2 * slack || box.bottom - box.top >= roomY - 2 * slack;
  expect(fills || m.zoom >= maxZoom - 0.01, `${where} does not fill it at zoom ${m.zoom}`).toBe(true);
}

/**
 * How many pixels of the map's canvas (or of another map, `of`), as the reader sees it, are within `tolerance` of
 * `hex` in every channel.
 */
export async function mapPixelsOf(
  page: Page,
  hex: string,
  tolerance = 3,
  of: Locator = page.locator('.story-map canvas'),
): Promise<number> {
  const png = (await of.screenshot()).toString('base64');
  const rgb = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  await decoderIn(page);
  return page.evaluate(
    async ({ png, rgb, tolerance }) => {
      const { data } = await (globalThis as unknown as { decodePng: DecodePng }).decodePng(png);
      let n = 0;
      for (let i = 0; i < data.length; i += 4)
        if (rgb.every((v, c) => Math.abs(data[i + c]! - v) <= tolerance)) n++;
      return n;
    },
    { png, rgb, tolerance },
  );
}
