// The story's own layers where readers see them: the live map's style and visibility per chapter, and the static
// maps and first frames drawn at build time, with the zhoushan-islands example's line.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { firstFrames, loadBasemapLayers, staticMapFiles } from '../../scripts/stories/static-maps';
import { loadGazetteer, loadStory } from '../../scripts/stories/load-stories';
import { authorStyle } from '../../src/map/style/author-layers';
import { startStyle } from '../../src/map/view/start-style';
import { mapView } from '../../src/map/view/map-view';
import { frameUrl } from '../../src/map/view/frame-geometry';

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
  });
});

describe('a chapter’s view of them', () => {
  const box = { width: 1280, height: 800, insetTop: 48, insetBottom: 0 };
  it('shows the layer at the chapters that list it, and only there', () => {
    for (const ch of story.chapters)
      expect(mapView(story, ch, 'zh', box).visible, ch.id).toEqual({ [LAYER]: ch.id === 'islands-strait' });
  });

  it('starts the map with the layer drawn above the ground and below every label, shown as the view says', () => {
    for (const ch of story.chapters) {
      const ids = startStyle(
        story,
        'http://site.example/tiles/{z}/{x}/{y}.pbf',
        mapView(story, ch, 'zh', box),
      ).layers.map((l) => l.id);
      expect(ids.indexOf(IDS[1]!), ch.id).toBeGreaterThan(ids.indexOf('areas-line'));
      expect(ids.indexOf(IDS[1]!), ch.id).toBeLessThan(ids.indexOf('district-labels'));
      const style = startStyle(
        story,
        'http://site.example/tiles/{z}/{x}/{y}.pbf',
        mapView(story, ch, 'zh', box),
      );
      const line = style.layers.find((l) => l.id === IDS[1])!;
      expect(line.layout?.visibility, ch.id).toBe(ch.id === 'islands-strait' ? 'visible' : 'none');
      expect(style.sources[`author-${LAYER}`], ch.id).toBeDefined();
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
