import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/geo/gazetteer';
import { resolveStory } from '../../src/check/resolve';
import { storySchema } from '../../src/story/schema';
import { staticMapAlt } from '../../src/story/static-maps';
import { planStaticMaps } from '../../scripts/stories/plan-static-maps';

const gazetteer = JSON.parse(readFileSync('geodata/gazetteer.json', 'utf8')) as Gazetteer;
const raw = storySchema.parse(parse(readFileSync('stories/ningbo-town-race/story.yaml', 'utf8')));
const story = resolveStory('ningbo-town-race', raw, gazetteer);

describe('staticMapAlt', () => {
  it('names every place a static map draws, in both languages, wherever it is shown', () => {
    for (const plan of planStaticMaps(story)) {
      const chapters = story.chapters.filter((c) => (c.section ?? c.id) === plan.key);
      for (const lang of ['zh', 'en'] as const) {
        const alt = staticMapAlt(story, chapters[0]!, lang);
        for (const id of plan.places) expect(alt, plan.key).toContain(story.places[id]!.name[lang]);
        // The same map has the same description, whichever of its chapters shows it.
        for (const c of chapters) expect(staticMapAlt(story, c, lang)).toBe(alt);
      }
    }
  });

  it('says which places are approximate', () => {
    const shangtian = story.chapters.find((c) => c.section === 'shangtian')!;
    expect(staticMapAlt(story, shangtian, 'en')).toContain('Shangtian Subdistrict (approximate location)');
    expect(staticMapAlt(story, shangtian, 'zh')).toContain('尚田街道（近似位置）');
  });
});
