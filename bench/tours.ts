// How each page is taken through the same flights: the story by its reader's keys (j, next chapter), the baseline
// by MapLibre's own flyTo. Either step ends when the map is at rest: moved, then idle.
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Page } from 'playwright-core';
import { settled } from '../scripts/browser/story-page';
import type { Flight } from './story-flights';

export interface Tour {
  /** Brings the map to rest at the first flight's view. */
  prepare: (page: Page) => Promise<void>;
  /** Flies to flights[i] (from flights[i - 1]) and resolves once the map is at rest there. */
  fly: (page: Page, i: number) => Promise<void>;
}

const REST_TIMEOUT_MS = 30_000;

export function storyTour(flights: readonly Flight[]): Tour {
  return {
    prepare: async (page) => void (await settled(page, flights[0]!.chapter, REST_TIMEOUT_MS)),
    fly: async (page, i) => {
      await page.keyboard.press('j');
      await settled(page, flights[i]!.chapter, REST_TIMEOUT_MS);
    },
  };
}

type BenchWindow = Window & { benchMap: MapLibreMap };

/** Runs a camera change on the baseline map and waits, as the story does, for moveend and then idle. */
function move(page: Page, flight: Flight, jump: boolean): Promise<void> {
  return page.evaluate(
    ({ flight, jump, timeout }) =>
      new Promise<void>((resolve, reject) => {
        const map = (window as unknown as BenchWindow).benchMap;
        setTimeout(() => reject(new Error(`baseline map not at rest after ${timeout} ms`)), timeout);
        map.once('moveend', () => map.once('idle', () => resolve()));
        const { center, zoom, duration } = flight;
        if (jump) map.jumpTo({ center, zoom });
        else map.flyTo({ center, zoom, duration, essential: true });
      }),
    { flight, jump, timeout: REST_TIMEOUT_MS },
  );
}

export function baselineTour(flights: readonly Flight[]): Tour {
  return {
    prepare: (page) => move(page, flights[0]!, true),
    fly: (page, i) => move(page, flights[i]!, false),
  };
}
