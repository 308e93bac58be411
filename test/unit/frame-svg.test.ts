// The first frames as drawn at build time: what the live map draws for the chapter at its opening, and nothing
// whose size the live map keeps fixed while a scaled picture would not.
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  firstFrames,
  INLINE_FRAME_MAX,
  inlineable,
  loadBasemapLayers,
} from '../../scripts/stories/static-maps';
import { loadGazetteer, loadStory } from '../../scripts/stories/load-stories';
import { frameGeometry, frameUrl } from '../../src/map/view/frame-geometry';
import { WORLD_PX } from '../../src/map/view/mercator';
import { PALETTE } from '../../src/map/style/palette';

const root = fileURLToPath(new URL('../..', import.meta.url));
const layers = loadBasemapLayers(root);
const story = loadStory(root, join(root, 'stories/ningbo-town-race'), loadGazetteer(root)).stories[0]!;
const frames = firstFrames(layers, story);

describe('first frames', () => {
  it('one per chapter, sized and covering what its framing says', () => {
    expect([...frames.keys()]).toEqual(story.chapters.map((c) => frameUrl(c.id)));
    for (const ch of story.chapters) {
      const g = frameGeometry(ch.camera)!;
      const svg = frames.get(frameUrl(ch.id))!;
      const [, vw, vh, w, h] = /viewBox="0 0 ([\d.]+) ([\d.]+)" width="([\d.]+)" height="([\d.]+)"/
        .exec(svg)!
        .map(Number);
      const unit = WORLD_PX * 2 ** g.detailZoom;
      expect(vw, ch.id).toBeCloseTo((g.covers[2] - g.covers[0]) * unit, 0);
      expect(vh, ch.id).toBeCloseTo((g.covers[3] - g.covers[1]) * unit, 0);
      expect([w, h], ch.id).toEqual([g.width, g.height].map((n) => Number(n.toFixed(1))));
    }
  });

  it('draw no text and no markers; every line keeps its width on screen, as MapLibre’s do', () => {
    for (const [url, svg] of frames) {
      expect(svg, url).not.toMatch(/<text|<circle|<image|<style/);
      const strokes = svg.match(/<path [^>]*stroke="[^"]*"[^>]*>/g) ?? [];
      expect(strokes.length, url).toBeGreaterThan(3);
      for (const s of strokes) expect(s, url).toContain('vector-effect="non-scaling-stroke"');
    }
  });

  it("light the chapter's districts and draw only its places' uncertainty areas", () => {
    const opening = frames.get(frameUrl(story.chapters[0]!.id))!;
    const lit = story.chapters[0]!.highlight.length;
    expect(opening.match(new RegExp(`fill="${PALETTE.highlight}"`, 'g'))?.length).toBe(lit);
    const withAreas = story.chapters.find((c) =>
      story.areas.features.some((f) => c.markers.includes(f.properties.id)),
    )!;
    const without = story.chapters.find(
      (c) => !story.areas.features.some((f) => c.markers.includes(f.properties.id)),
    );
    expect(frames.get(frameUrl(withAreas.id))).toContain(`fill="${PALETTE.area}" fill-opacity="0.12"`);
    if (without) expect(frames.get(frameUrl(without.id))).not.toContain(`fill="${PALETTE.area}"`);
  });

  it('stay small: the opening’s frame paints with the text', () => {
    const gz = gzipSync(frames.get(frameUrl(story.chapters[0]!.id))!, { level: 9 }).length;
    expect(gz).toBeLessThan(INLINE_FRAME_MAX);
  });

  it('leave an opening too heavy for the HTML to come as a file', () => {
    const opening = frames.get(frameUrl(story.chapters[0]!.id))!;
    expect(inlineable(opening)).toBe(opening);
    // Paths no compressor can shorten much: a view of half the country drawn to its counties.
    let seed = 1;
    const noise = () => ((seed = (seed * 16807) % 2147483647) % 100_000).toString(36);
    const heavy = `<path d="M${Array.from({ length: 20_000 }, noise).join(' ')}"/>`;
    expect(inlineable(heavy)).toBeNull();
  });
});
