// mapView: a chapter's whole map as a value, from the chapter, the language and the map's box alone.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadGazetteer, loadStory } from '../../scripts/stories/load-stories';
import { BASEMAP_MAX_ZOOM } from '../../src/geo/region';
import { labelField } from '../../src/map/style/label-layers';
import { cameraPadding } from '../../src/map/view/camera';
import { LAYER } from '../../src/map/style/layer-ids';
import { inStyle, mapView, placeFilter } from '../../src/map/view/map-view';
import { markerBlockerText } from '../../src/map/style/marker-blockers';

const root = fileURLToPath(new URL('../..', import.meta.url));
const { stories } = loadStory(root, join(root, 'stories/ningbo-town-race'), loadGazetteer(root));
const story = stories[0]!;
const BOX = { width: 390, height: 420, insetTop: 48, insetBottom: 43 };
const islands = loadStory(root, join(root, 'stories/zhoushan-islands'), loadGazetteer(root)).stories[0]!;

describe('mapView', () => {
  it("holds the chapter's camera, places, districts and the language's text", () => {
    for (const ch of story.chapters) {
      const view = mapView(story, ch, 'en', BOX);
      expect(view.chapter).toBe(ch.id);
      expect(view.padding).toEqual(cameraPadding(BOX.width, BOX.height, BOX.insetTop, BOX.insetBottom));
      if (ch.camera.kind === 'center') expect(view.camera.center).toEqual(ch.camera.center);
      // A fit never zooms closer than the basemap's outlines hold to.
      else expect(view.camera.zoom).toBeLessThanOrEqual(BASEMAP_MAX_ZOOM);
      for (const layer of [LAYER.areasFill, LAYER.areasLine, LAYER.markerBlockers])
        expect(view.filters[layer]).toEqual(placeFilter(ch.markers));
      expect(view.text).toEqual({
        [LAYER.districtLabels]: labelField('en'),
        [LAYER.cityLabel]: labelField('en'),
        [LAYER.markerBlockers]: markerBlockerText('en'),
      });
      expect(view.highlight).toEqual(ch.highlight);
      expect(view.markers).toEqual(ch.markers);
    }
  });

  it('is the same value for the same chapter, however often it is asked for', () => {
    const ch = story.chapters[1]!;
    expect(mapView(story, ch, 'zh', BOX)).toEqual(mapView(story, ch, 'zh', { ...BOX }));
    expect(mapView(story, ch, 'zh', BOX)).not.toEqual(mapView(story, ch, 'en', BOX));
  });

  it('frames a chapter with a phone view by it on a phone only, however narrow the map beside the text', () => {
    const ch = islands.chapters.find((c) => c.phoneCamera)!;
    if (ch.camera.kind !== 'center' || ch.phoneCamera?.kind !== 'fit')
      throw new Error('expected centre, phone fit');
    const [w, s, e, n] = ch.phoneCamera.bounds;
    const onPhone = mapView(islands, ch, 'en', { ...BOX, phone: true }).camera;
    expect(onPhone.center[0]).toBeCloseTo((w + e) / 2, 9);
    expect(onPhone.center[1]).toBeGreaterThan(s);
    expect(onPhone.center[1]).toBeLessThan(n);
    for (const box of [BOX, { ...BOX, phone: false }])
      expect(mapView(islands, ch, 'en', box).camera).toMatchObject({
        center: ch.camera.center,
        zoom: ch.camera.zoom,
      });
    // A chapter without one is framed alike on a phone.
    const plain = islands.chapters.find((c) => !c.phoneCamera)!;
    expect(mapView(islands, plain, 'en', { ...BOX, phone: true })).toEqual(
      mapView(islands, plain, 'en', BOX),
    );
  });

  it('frames the same chapter anew for another box', () => {
    const fit = story.chapters.find((c) => c.camera.kind === 'fit')!;
    const wide = mapView(story, fit, 'zh', { ...BOX, width: 1280, height: 800 });
    expect(wide.camera.zoom).toBeGreaterThan(mapView(story, fit, 'zh', BOX).camera.zoom);
  });

  it("lists every one of the story's own layers any chapter shows, shown or not at this one", () => {
    const chapters = story.chapters.map((c, i) => ({ ...c, layers: i === 0 ? ['ferry', 'dam'] : ['dam'] }));
    const s = { ...story, chapters };
    expect(mapView(s, chapters[0]!, 'zh', BOX).visible).toEqual({ ferry: true, dam: true });
    expect(mapView(s, chapters[1]!, 'zh', BOX).visible).toEqual({ ferry: false, dam: true });
    expect(mapView(story, story.chapters[0]!, 'zh', BOX).visible).toEqual({});
  });

  it('leaves out of the style only what a style cannot hold: feature states', () => {
    const view = mapView(
      story,
      story.chapters.find((c) => c.highlight.length > 0)!,
      'zh',
      BOX,
    );
    expect(inStyle(view)).toEqual({ ...view, highlight: [] });
  });
});
