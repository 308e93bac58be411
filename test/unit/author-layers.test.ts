// The story's own layers where readers see them: the live map's style and visibility per chapter, and the static
// maps and first frames drawn at build time, with the zhoushan-islands example's line.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { firstFrames, loadBasemapLayers, staticMapFiles } from '../../scripts/stories/static-maps';
import { loadGazetteer, loadStory } from '../../scripts/stories/load-stories';
import { authorStyle, authorVisible } from '../../src/map/author-layers';
import { frameUrl } from '../../src/map/frame-geometry';

const root = fileURLToPath(new URL('../..', import.meta.url));
const gazetteer = loadGazetteer(root);
const story = loadStory(root, join(root, 'stories/zhoushan-islands'), gazetteer).stories[0]!;
const ningbo = loadStory(root, join(root, 'stories/ningbo-town-race'), gazetteer).stories[0]!;
const basemap = loadBasemapLayers(root);
const LAYER = 'dinghai-putuo';
const IDS = [`author-${LAYER}-fill`, `author-${LAYER}-line`, `author-${LAYER}-circle`];

describe('authorStyle', () => {
  it('adds one source and a fill, line and circle layer per story layer, in the section colour', () => {
    const { sources, layers } = authorStyle(story);
    expect(Object.keys(sources)).toEqual([`author-${LAYER}`]);
    expect(sources[`author-${LAYER}`]).toEqual({ type: 'geojson', data: story.layers![LAYER]!.data });
    expect(layers.map((l) => l.id)).toEqual(IDS);
    const line = layers.find((l) => l.id === IDS[1])!;
    expect(line).toMatchObject({ type: 'line', paint: { 'line-color': story.sections.islands!.color } });
    // Hidden until a chapter shows it.
    for (const l of layers) expect(l.layout?.visibility, l.id).toBe('none');
  });

  it('adds nothing for a story without layers', () => {
    expect(authorStyle(ningbo)).toEqual({ sources: {}, layers: [] });
    expect(authorVisible(ningbo, ningbo.chapters[0]!)).toEqual({});
  });
});

describe('authorVisible', () => {
  it('shows the layer at the chapters that list it, and only there', () => {
    for (const ch of story.chapters) {
      const shown = ch.id === 'islands-strait';
      expect(authorVisible(story, ch), ch.id).toEqual(Object.fromEntries(IDS.map((id) => [id, shown])));
    }
  });
});

describe('static maps and first frames', () => {
  const files = staticMapFiles(basemap, story);
  const frames = firstFrames(basemap, story);
  const layerPath = (svg: string) =>
    new RegExp(
      `<g class="author-layer" data-layer="${LAYER}"><path fill="none" stroke="#2f6f73"[^>]* d="M[^"]+"/></g>`,
    ).exec(svg);

  it('draw the line in the section’s static map, in both languages', () => {
    for (const lang of ['zh', 'en'])
      expect(layerPath(files.get(`maps/islands.${lang}.svg`)!), lang).not.toBeNull();
  });

  it('draw it in the first frame of the chapter that shows it, and in no other', () => {
    for (const ch of story.chapters)
      expect(layerPath(frames.get(frameUrl(ch.id))!) !== null, ch.id).toBe(ch.id === 'islands-strait');
  });

  it('leave the maps of a story without layers without them', () => {
    for (const [name, svg] of staticMapFiles(basemap, ningbo))
      expect(svg, name).not.toContain('author-layer');
  });
});
