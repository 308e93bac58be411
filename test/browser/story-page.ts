// What the tests read from a story page: its embedded story data and the map's published state.
import type { Page } from 'playwright-core';
import type { ResolvedStory } from '../../src/story/types';

export interface MapState {
  state: string;
  chapter: string;
  center: [number, number];
  zoom: number;
}

export async function storyData(page: Page): Promise<ResolvedStory> {
  return JSON.parse((await page.locator('#story-data').textContent()) ?? 'null') as ResolvedStory;
}

export async function mapState(page: Page): Promise<MapState> {
  const d = await page.locator('[data-map-state]').evaluate((el) => ({ ...(el as HTMLElement).dataset }));
  const [lon, lat] = (d.center ?? '').split(',').map(Number);
  return { state: d.mapState ?? '', chapter: d.chapter ?? '', center: [lon!, lat!], zoom: Number(d.zoom) };
}

/** Waits until the map rests on `chapter` (or on any chapter, when none is given). */
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
  return mapState(page);
}

export async function scrollToChapter(page: Page, id: string): Promise<void> {
  await page.locator(`[data-chapter-id="${id}"]`).evaluate((el) => el.scrollIntoView({ block: 'start' }));
}
