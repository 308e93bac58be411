// A story whose map would need more tiles than a site should carry for one story: refused at the chapter that asks
// for the most, as the checker refuses any other problem, before anything is built.
import { LineCounter, parseDocument } from 'yaml';
import { locate } from '../../src/check/locate';
import type { Problem } from '../../src/check/problem';
import type { ResolvedStory } from '../../src/story/types';
import { tilesForAreas } from './tile-grid';
import { tileAreas } from './tile-plan';

/**
 * Tiles one story may need. A country-wide story (Luoyang to Kashgar, zooms 0–10 around its places) needs about a
 * third of it; past it, a story is one whose chapters look closely at very much of the country.
 */
export const TILE_BUDGET = 5_000;

type Story = Pick<ResolvedStory, 'places' | 'chapters'>;

export function tileBudgetProblem(
  file: string,
  text: string,
  story: Story,
  budget = TILE_BUDGET,
): Problem | null {
  const total = tilesForAreas(tileAreas(story)).length;
  if (total <= budget) return null;
  const own = story.chapters.map((ch) => tilesForAreas(tileAreas({ places: {}, chapters: [ch] })).length);
  const worst = own.indexOf(Math.max(...own));
  const lines = new LineCounter();
  const at = locate(parseDocument(text, { lineCounter: lines }), lines, ['chapters', worst, 'view']);
  return {
    file,
    ...at,
    message: `the story's map needs ${total.toLocaleString('en')} tiles, over the budget of ${budget.toLocaleString('en')} a story (this chapter's views alone need ${own[worst]!.toLocaleString('en')})`,
    hint: 'a shallower zoom for the chapters that look closely at a large area, or fewer of them',
  };
}
