// Each built page carries the box its live map may go to (BuiltStory.mapBounds), the box the basemap was cut for:
// the page takes it as it is, so it must be what the story's places and chapters make it.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { basemapBounds } from '../../src/map/view/story-region';
import type { BuiltStory } from '../../src/story/types';

const DIST = resolve(import.meta.dirname, '../../dist');
const slugs = readdirSync(DIST, { withFileTypes: true })
  .filter((e) => e.isDirectory() && readdirSync(join(DIST, e.name)).includes('story.json'))
  .map((e) => e.name);

function pageStory(slug: string): BuiltStory {
  const html = readFileSync(join(DIST, slug, 'index.html'), 'utf8');
  const data = /<script type="application\/json" id="story-data">([\s\S]*?)<\/script>/.exec(html)?.[1];
  if (!data) throw new Error(`${slug}/index.html has no story data`);
  return JSON.parse(data) as BuiltStory;
}

describe('the map bounds the build gives each page', () => {
  it('finds the built stories', () => expect(slugs.length).toBeGreaterThanOrEqual(3));

  it.each(slugs)(
    '%s: the page and its story.json carry the basemap box of its own places and chapters',
    (slug) => {
      const page = pageStory(slug);
      const json = JSON.parse(readFileSync(join(DIST, slug, 'story.json'), 'utf8')) as BuiltStory;
      expect(page.mapBounds).toEqual(basemapBounds(page));
      expect(json.mapBounds).toEqual(page.mapBounds);
      const [w, s, e, n] = page.mapBounds;
      expect(w).toBeLessThan(e);
      expect(s).toBeLessThan(n);
    },
  );
});
