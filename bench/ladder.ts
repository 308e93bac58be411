// The live map's ready on three rungs, in the same browser, interleaved: the floor (bare MapLibre, one polygon),
// the rung (bare MapLibre drawing the story's opening map with the story's own code, bench/pages/rung.ts) and the story
// page. (rung − floor) is what the map's content costs MapLibre, (story − rung) what the page around it adds.
import type { Browser } from 'playwright-core';
import { loadReady, type ReadyFigures } from './load-ready';
import { median } from './percentile';

export interface LadderUrls {
  site: string;
  floor: string;
  slug: string;
}

export interface Ladder {
  floor: ReadyFigures[];
  rung: ReadyFigures[];
  story: ReadyFigures[];
}

export interface LadderMedians {
  floor_ms: number | null;
  rung_ms: number | null;
  story_ms: number | null;
  /** Both against the floor, as the story's budget is. */
  rung_ratio: number | null;
  story_ratio: number | null;
}

/** The rung's address for a story map of this size (the floor's takes ?w=&h= alone). */
export function rungUrl(floor: string, map: ReadyFigures['map']): string {
  return `${floor}/rung.html?w=${map.width}&h=${map.height}&top=${map.insetTop}`;
}

/** The rung must frame the opening exactly as the story does, or it measures another map. */
export function sameCamera(story: ReadyFigures, rung: ReadyFigures): string | null {
  return story.camera === rung.camera ? null : `rung camera ${rung.camera} ≠ story camera ${story.camera}`;
}

export async function runLadder(
  browser: Browser,
  urls: LadderUrls,
  runs: number,
  progress: (msg: string) => void,
): Promise<Ladder> {
  const storyUrl = `${urls.site}/${urls.slug}/`;
  // One load, not counted, for the story map's size and inset (and to warm the disk cache for every page alike).
  const { map } = await loadReady(browser, urls.site, storyUrl);
  const out: Ladder = { floor: [], rung: [], story: [] };
  for (let i = 1; i <= runs; i++) {
    const f = await loadReady(
      browser,
      urls.floor,
      `${urls.floor}/baseline.html?w=${map.width}&h=${map.height}`,
    );
    const r = await loadReady(browser, urls.floor, rungUrl(urls.floor, map));
    const s = await loadReady(browser, urls.site, storyUrl);
    out.floor.push(f);
    out.rung.push(r);
    out.story.push(s);
    const mismatch = sameCamera(s, r);
    if (mismatch) throw new Error(`ladder: ${mismatch}`);
    progress(
      `ladder ${i}/${runs}: floor ${f.ready_ms.toFixed(0)} ms, rung ${r.ready_ms.toFixed(0)} ms, story ${s.ready_ms.toFixed(0)} ms`,
    );
  }
  return out;
}

type Readies = Record<keyof Ladder, readonly { ready_ms: number }[]>;

export function ladderMedians(ladder: Readies): LadderMedians {
  const of = (list: readonly { ready_ms: number }[]) => median(list.map((r) => r.ready_ms));
  const [floor_ms, rung_ms, story_ms] = [of(ladder.floor), of(ladder.rung), of(ladder.story)];
  const against = (n: number | null) => (n === null || !floor_ms ? null : n / floor_ms);
  return { floor_ms, rung_ms, story_ms, rung_ratio: against(rung_ms), story_ratio: against(story_ms) };
}
