import { booleanPointInPolygon, distance } from '@turf/turf';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/geo/gazetteer';
import { loadCoverage } from '../../scripts/stories/load-stories';
import { resolveStory } from '../../src/check/resolve';
import { storySchema } from '../../src/story/schema';

const gazetteer = JSON.parse(readFileSync('geodata/gazetteer.json', 'utf8')) as Gazetteer;
const story = storySchema.parse(parse(readFileSync('test/unit/fixtures/minimal-story.yaml', 'utf8')));
const resolved = resolveStory('x', story, gazetteer);

describe('resolveStory', () => {
  it("looks a place up in the story's own places first, then in the gazetteer", () => {
    expect(resolved.places.harbour).toMatchObject({
      lon: 121.85,
      lat: 29.93,
      source: 'survey',
      approximate: false,
    });
    expect(resolved.places.simen).toMatchObject({ lon: gazetteer.simen!.lon, lat: gazetteer.simen!.lat });
    const shadowed = resolveStory(
      'x',
      { ...story, places: { ...story.places, simen: story.places!.harbour! } },
      gazetteer,
    );
    expect(shadowed.places.simen!.lon).toBe(121.85);
  });

  it('gives a place view its centre and zoom, and markers default to the view places', () => {
    const [one, two] = resolved.chapters;
    expect(one!.camera).toEqual({ kind: 'center', center: [121.85, 29.93], zoom: 10, pitch: 0, bearing: 0 });
    expect(two!.markers).toEqual(['harbour', 'simen']);
    expect(one!.metrics[0]!.place).toBe('harbour');
  });

  it("gives a figure without a place its chapter's place, an excerpt none, and each figure its key", () => {
    const [one] = resolved.chapters;
    // A popup shows an excerpt only where its place says: a quote is not placed by the chapter's view.
    expect(one!.excerpts[0]!.place).toBeUndefined();
    expect(one!.metrics.map((m) => [m.place, m.key])).toEqual([
      ['harbour', 'one:0'],
      ['harbour', 'one:1'],
      ['harbour', 'one:2'],
      ['harbour', 'one:3'],
    ]);
  });

  it("gives each figure who reported it: its own from, else its section's", () => {
    const [one] = resolved.chapters;
    expect(one!.metrics[0]!.from).toEqual({ zh: '港区报道', en: 'the port report' });
    const own = { zh: '另一报道', en: 'another report' };
    const chapter = { ...story.chapters[0]!, metrics: [{ ...story.chapters[0]!.metrics![0]!, from: own }] };
    const [m] = resolveStory('x', { ...story, chapters: [chapter] }, gazetteer).chapters[0]!.metrics;
    expect(m!.from).toEqual(own);
    const bare = { ...story.chapters[0]!, section: undefined };
    expect(
      resolveStory('x', { ...story, chapters: [bare] }, gazetteer).chapters[0]!.metrics[0]!.from,
    ).toBeNull();
  });

  it('reads the qualifier of a figure from its quote', () => {
    const more = {
      ...story.chapters[0]!,
      metrics: [{ ...story.chapters[0]!.metrics![0]!, value: 20, quote: '游客超过20万人次' }],
    };
    const [m] = resolveStory('x', { ...story, chapters: [more] }, gazetteer).chapters[0]!.metrics;
    expect(m).toMatchObject({ qualifier: 'more', qualifierZh: '超过' });
    expect(resolved.chapters[0]!.metrics[0]).toMatchObject({ qualifier: null, qualifierZh: '' });
  });

  it('draws an own place less precise than 1.5 km as an area, and a stand-in as approximate whatever its precision', () => {
    const vague = { ...story.places!.harbour!, precision_m: 2000 };
    const r = resolveStory('x', { ...story, places: { harbour: vague } }, gazetteer);
    expect(r.places.harbour!.approximate).toBe(true);
    expect(r.areas.features.map((f) => f.properties.id)).toContain('harbour');
    expect(resolved.places.harbour!.approximate).toBe(false);
    expect(resolved.areas.features.map((f) => f.properties.id)).not.toContain('harbour');
    // Simen's point is the mean of four buildings in its core: a stand-in, though stated to 0.5 km.
    expect(gazetteer.simen!.precision_m).toBeLessThan(1500);
    expect(resolved.places.simen!.approximate).toBe(true);
  });

  it('gives a centre view its own camera and no markers unless named', () => {
    const s = {
      ...story,
      chapters: [{ ...story.chapters[1]!, view: { center: [121.7, 29.95] as [number, number] } }],
    };
    const ch = resolveStory('x', s, gazetteer).chapters[0]!;
    expect(ch.camera).toEqual({ kind: 'center', center: [121.7, 29.95], zoom: 11, pitch: 0, bearing: 0 });
    expect(ch.markers).toEqual([]);
  });

  it('fits the bounds of all places of a fit view', () => {
    const cam = resolved.chapters[1]!.camera;
    expect(cam.kind).toBe('fit');
    if (cam.kind !== 'fit') return;
    const [w, s, e, n] = cam.bounds;
    // Simen is a stand-in point, so its whole uncertainty circle (500 m) is framed, not just the point.
    expect([s, e]).toEqual([29.93, 121.85]);
    expect(gazetteer.simen!.lon - w).toBeCloseTo(
      500 / (111_320 * Math.cos((gazetteer.simen!.lat * Math.PI) / 180)),
      4,
    );
    expect(n - gazetteer.simen!.lat).toBeCloseTo(500 / 111_320, 4);
  });

  it('frames the whole uncertainty area of an approximate place, drawn as a circle of its precision', () => {
    const withShangtian = {
      ...story,
      chapters: [{ ...story.chapters[1]!, view: { fit: ['harbour', 'shangtian'] } }],
    };
    const r = resolveStory('x', withShangtian, gazetteer);
    const st = r.places.shangtian!;
    expect(st.approximate).toBe(true);
    const area = r.areas.features.find((f) => f.properties.id === 'shangtian')!;
    for (const [lon, lat] of area.geometry.coordinates[0]!) {
      expect(distance([lon!, lat!], [st.lon, st.lat], { units: 'meters' })).toBeCloseTo(st.precision_m, -1);
      // Every page carries the circle: no more digits than a metre needs.
      for (const degrees of [lon!, lat!]) expect(String(degrees)).toMatch(/^-?\d+(\.\d{1,5})?$/);
    }
    expect(booleanPointInPolygon([st.lon, st.lat], area)).toBe(true);
    const cam = r.chapters[0]!.camera;
    if (cam.kind !== 'fit') throw new Error('expected a fit');
    expect(cam.bounds[1]).toBeLessThan(st.lat - 0.04); // 5 km south of the point
  });

  it('splits text into paragraphs, joining Chinese lines without spaces', () => {
    const s = {
      ...story,
      chapters: [{ ...story.chapters[0]!, text: { zh: '第一\n行\n\n第二段', en: 'one\nline\n\ntwo' } }],
    };
    expect(resolveStory('x', s, gazetteer).chapters[0]!.paragraphs).toEqual({
      zh: ['第一行', '第二段'],
      en: ['one line', 'two'],
    });
  });
});

describe('comparison', () => {
  it("puts each place's headline figure beside the others, with distances computed from the coordinates", async () => {
    const { comparison } = await import('../../src/check/comparison');
    const chapters = resolved.chapters.map((c) => ({ ...c, section: 'x' }));
    const c = comparison({ markers: ['harbour', 'simen'] }, chapters, resolved.places);
    expect(c.places.map((p) => [p.id, p.headline?.value ?? null])).toEqual([
      ['harbour', 100.7],
      ['simen', null],
    ]);
    const [d] = c.distances;
    const expected = distance([121.85, 29.93], [gazetteer.simen!.lon, gazetteer.simen!.lat], {
      units: 'kilometers',
    });
    expect(d).toEqual({ from: 'harbour', to: 'simen', km: Math.round(expected), approximate: true });
    expect(d!.km).toBeGreaterThan(70);
    // A figure marked as the headline wins over the first one.
    const marked = chapters.map((ch) => ({ ...ch, metrics: ch.metrics.map((m) => ({ ...m, value: 1 })) }));
    marked[0]!.metrics.push({ ...marked[0]!.metrics[0]!, value: 100.7, headline: true });
    expect(comparison({ markers: ['harbour'] }, marked, resolved.places).places[0]!.headline!.value).toBe(
      100.7,
    );
  });
});

describe('resolveStory with the data the basemap has where each chapter looks', () => {
  const coverage = loadCoverage();
  const tokyo = { ...story.places!.harbour!, lon: 139.69, lat: 35.69 };
  const abroad = { ...story, places: { ...story.places, harbour: tokyo } };

  it('leaves a story in China as it resolves without the data', () => {
    expect(resolveStory('x', story, gazetteer, {}, coverage)).toEqual(resolved);
  });

  it("shows a place abroad that gives no zoom as close as the world's outlines hold to, never closer", () => {
    const bare = { ...abroad.chapters[0]!, view: { place: 'harbour' } };
    const [ch] = resolveStory('x', { ...abroad, chapters: [bare] }, gazetteer, {}, coverage).chapters;
    expect(ch!.camera).toMatchObject({ kind: 'center', zoom: 8.26 });
    expect(ch!.maxZoom).toBe(8.26);
  });

  it('holds a fit that frames a place abroad to the coarsest data among its places', () => {
    const fit = resolveStory('x', abroad, gazetteer, {}, coverage).chapters[1]!;
    expect(fit.camera.kind).toBe('fit');
    expect(fit.maxZoom).toBe(8.26);
  });
});

describe("resolveStory with a chapter's phone view", () => {
  const coverage = loadCoverage();
  const two = story.chapters[1]!;
  const withPhone = (phone: NonNullable<(typeof two)['view']['phone']>) =>
    resolveStory(
      'x',
      { ...story, chapters: [{ ...two, view: { ...two.view, phone } }] },
      gazetteer,
      {},
      coverage,
    ).chapters[0]!;

  it('gives no phone camera to a chapter without one', () => {
    for (const ch of resolved.chapters) expect(ch).not.toHaveProperty('phoneCamera');
  });

  it('resolves it as a complete view of its own, beside the chapter’s camera, which it leaves alone', () => {
    const ch = withPhone({ place: 'shangtian', zoom: 9 });
    const st = gazetteer.shangtian!;
    expect(ch.phoneCamera).toEqual({
      kind: 'center',
      center: [st.lon, st.lat],
      zoom: 9,
      pitch: 0,
      bearing: 0,
    });
    expect(ch.camera).toEqual(resolved.chapters[1]!.camera);
    // Its place is one the page can name (popups, the summary), though the chapter marks the view's own.
    expect(ch.markers).toEqual(['harbour', 'simen']);
    expect(
      resolveStory(
        'x',
        { ...story, chapters: [{ ...two, view: { ...two.view, phone: { place: 'shangtian' } } }] },
        gazetteer,
      ).places,
    ).toHaveProperty('shangtian');
  });

  it('frames a phone fit as a fit, its pitch and bearing its own', () => {
    const ch = withPhone({ fit: ['harbour'], pitch: 30 });
    expect(ch.phoneCamera).toMatchObject({ kind: 'fit', pitch: 30, bearing: 0 });
    expect(ch.camera).toMatchObject({ kind: 'fit', pitch: 0 });
  });

  it('holds the chapter to the coarser data of either view', () => {
    const abroad = { ...story.places!.harbour!, lon: 139.69, lat: 35.69 };
    const s = {
      ...story,
      places: { ...story.places, tokyo: abroad },
      chapters: [{ ...two, view: { ...two.view, phone: { place: 'tokyo' } } }],
    };
    const ch = resolveStory('x', s, gazetteer, {}, coverage).chapters[0]!;
    expect(ch.phoneCamera).toMatchObject({ kind: 'center', center: [139.69, 35.69], zoom: 8.26 });
    expect(ch.maxZoom).toBe(8.26);
  });
});
