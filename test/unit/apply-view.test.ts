// applyView against a small fake map: whatever view the map shows, it ends showing the next, and only what differs
// is set. The same calls are made against real MapLibre by test/browser/apply-view-contract.test.ts.
import { describe, expect, it } from 'vitest';
import { story } from './ningbo-fixture';
import { applyView, cameraOf, fromReader, type Motion } from '../../src/map/view/apply-view';
import { startStyle } from '../../src/map/view/start-style';
import { authorLayerIds, SOURCE, STATE } from '../../src/map/style/layer-ids';
import { inStyle, mapView, type MapView } from '../../src/map/view/map-view';
import { LANGS, type Lang, type ResolvedStory } from '../../src/story/types';
import { FakeMap } from './fake-map';

const BOX = { width: 1280, height: 800, insetTop: 48, insetBottom: 0 };
const views = (s: ResolvedStory = story, lang: Lang = 'zh') =>
  s.chapters.map((c) => mapView(s, c, lang, BOX));

/** A map made at `view` as create-map.ts makes it: the style shows the view, the style's load adds the rest. */
function startAt(view: MapView, s: ResolvedStory = story): FakeMap {
  const map = new FakeMap(startStyle(s, 'http://site.example/tiles/{z}/{x}/{y}.pbf', view), view.camera);
  applyView(map, inStyle(view), view, 'jump');
  map.calls = [];
  return map;
}

/** What the map shows, in the view's own terms. */
function shownBy(map: FakeMap, like: MapView) {
  return {
    camera: cameraOf(map),
    filters: Object.fromEntries(Object.keys(like.filters).map((l) => [l, map.filters.get(l)])),
    text: Object.fromEntries(Object.keys(like.text).map((l) => [l, map.layout.get(l)?.['text-field']])),
    highlight: map.flagged(SOURCE.basemap, STATE.highlight),
  };
}
const expected = (v: MapView) => ({
  camera: v.camera,
  filters: v.filters,
  text: v.text,
  highlight: [...v.highlight].sort(),
});

describe('applyView', () => {
  it('changes nothing on the map that shows the view already: the first frame is an empty diff', () => {
    for (const lang of LANGS)
      for (const view of views(story, lang)) {
        const map = startAt(view);
        expect(shownBy(map, view), view.chapter).toEqual(expected(view));
        expect(applyView(map, view, view, 'fly')).toBe(false);
        expect(map.calls, view.chapter).toEqual([]);
      }
  });

  it('ends showing the next view from any view, in any language, forwards and backwards', () => {
    const all = [...views(story, 'zh'), ...views(story, 'en')];
    for (const from of all)
      for (const to of all) {
        const map = startAt(from);
        applyView(map, from, to, 'fly');
        expect(shownBy(map, to), `${from.chapter} → ${to.chapter}`).toEqual(expected(to));
      }
  });

  it('sets only what differs, key by key', () => {
    const [zh, en] = [views(story, 'zh'), views(story, 'en')];
    for (let i = 0; i < zh.length; i++)
      for (const to of [zh[(i + 1) % zh.length]!, en[i]!]) {
        const from = zh[i]!;
        const map = startAt(from);
        applyView(map, from, to, 'fly');
        const set = (method: string) => map.calls.filter((c) => c[0] === method).map((c) => c[1]);
        const differing = (key: 'filters' | 'text') =>
          Object.keys(to[key]).filter(
            (l) => JSON.stringify(from[key][l as never]) !== JSON.stringify(to[key][l as never]),
          );
        expect(set('setFilter').sort()).toEqual(differing('filters').sort());
        expect(set('setLayoutProperty').sort()).toEqual(differing('text').sort());
        const flags = map.calls
          .filter((c) => c[0] === 'setFeatureState')
          .map((c) => (c[1] as { id: string }).id);
        const changed = [...from.highlight, ...to.highlight].filter(
          (id) => from.highlight.includes(id) !== to.highlight.includes(id),
        );
        expect(flags.sort()).toEqual(changed.sort());
      }
  });

  it('flies to a new camera, jumps under reduced motion, and keeps still for the same one', () => {
    const [a, b] = views();
    const moves = (from: MapView, to: MapView, motion: Motion) => {
      const map = startAt(from);
      applyView(map, from, to, motion);
      return map.calls.map((c) => c[0]).filter((m) => m === 'flyTo' || m === 'jumpTo');
    };
    expect(a!.camera).not.toEqual(b!.camera);
    expect(moves(a!, b!, 'fly')).toEqual(['flyTo']);
    expect(moves(a!, b!, 'jump')).toEqual(['jumpTo']);
    expect(moves(a!, { ...b!, camera: a!.camera }, 'fly')).toEqual([]);
    // The same place framed with other room around it (the nav row grew) is a new camera.
    expect(moves(a!, { ...a!, padding: { ...a!.padding, top: 100 } }, 'fly')).toEqual(['flyTo']);
  });

  it("shows the story's own layers at the chapters that name them, on whichever layers draw them", () => {
    const withLayers = {
      ...story,
      chapters: story.chapters.map((c, i) => ({
        ...c,
        layers: i === 1 ? ['ferry'] : i === 2 ? ['dam'] : [],
      })),
    };
    const [a, b, c] = views(withLayers);
    expect(b!.visible).toEqual({ ferry: true, dam: false });
    const map = startAt(a!, withLayers);
    // The story's layers as author-layers.ts will add them: a line for the ferry, a fill for the dam.
    for (const id of ['author-ferry-line', 'author-dam-fill']) map.layout.set(id, { visibility: 'none' });
    applyView(map, a!, b!, 'fly');
    expect(map.calls.filter((c) => c[0] === 'setLayoutProperty')).toEqual([
      ['setLayoutProperty', 'author-ferry-line', 'visibility', 'visible'],
    ]);
    applyView(map, b!, c!, 'fly');
    const visible = (id: string) => authorLayerIds(id).map((l) => map.layout.get(l)?.visibility);
    expect(visible('ferry')).toEqual([undefined, 'none', undefined]);
    expect(visible('dam')).toEqual(['visible', undefined, undefined]);
  });
});

describe('fromReader', () => {
  it('leaves the camera where the reader put it for a new language, and takes it back for a new chapter', () => {
    const [a, b] = views(story, 'zh');
    const aEn = views(story, 'en')[0]!;
    const moved = { ...a!.camera, zoom: a!.camera.zoom - 1 };
    const moves = (to: MapView) => {
      const map = startAt(a!);
      map.camera = moved;
      applyView(map, ...fromReader(a!, to, cameraOf(map)), 'fly');
      return map.calls.filter((c) => c[0] === 'flyTo').length;
    };
    expect(moves(aEn)).toBe(0);
    expect(moves(b!)).toBe(1);
    // The same chapter's view again (its box or insets measured anew): still the reader's camera.
    expect(moves(a!)).toBe(0);
  });
});
