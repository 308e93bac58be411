// The scale bench's own logic: the synthetic stories it builds are valid, deterministic stories of the asked size,
// the copies it spreads over the country keep their shape and stay on the map, and its verdict on growth says
// "faster than allowed" exactly when a cost outgrows its limit.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BuildFailed } from '../../bench/scale/build-copy';
import { exponent, FLAT_MARGIN, growth } from '../../bench/scale/growth';
import { relative, scaleChart } from '../../bench/scale/scale-chart';
import {
  lengthenStory,
  moveStory,
  seatsOf,
  spreadCopies,
  storyCopies,
  type Movable,
  type Seat,
} from '../../bench/scale/synth-stories';
import { loadCoverage } from '../../scripts/stories/load-stories';
import { checkStory } from '../../src/check/check';
import type { Gazetteer } from '../../src/geo/gazetteer';

const ROOT = join(import.meta.dirname, '../..');
const yaml = readFileSync(join(ROOT, 'stories/ningbo-town-race/story.yaml'), 'utf8');
const source = readFileSync(join(ROOT, 'stories/ningbo-town-race/source.txt'), 'utf8');
const gazetteer = JSON.parse(readFileSync(join(ROOT, 'geodata/gazetteer.json'), 'utf8')) as object;
const coverage = loadCoverage();
const places = Object.keys(gazetteer).sort();

describe('synthetic stories', () => {
  // Checking 50 chapters takes a few seconds on a busy machine.
  it(
    'a story lengthened to 50 chapters checks clean, with unique ids, the real chapters first',
    { timeout: 60_000 },
    () => {
      const long = lengthenStory(yaml, 50, places);
      const chapters = (parse(long) as { chapters: { id: string; view: unknown }[] }).chapters;
      expect(chapters).toHaveLength(50);
      expect(new Set(chapters.map((c) => c.id)).size).toBe(50);
      const real = (parse(yaml) as { chapters: { id: string }[] }).chapters;
      expect(chapters.slice(0, real.length).map((c) => c.id)).toEqual(real.map((c) => c.id));
      expect(chapters[real.length]!.view).toEqual({ place: places[real.length % places.length], zoom: 10 });
      const result = checkStory({
        file: 'synthetic.yaml',
        text: long,
        gazetteer: gazetteer as Gazetteer,
        coverage,
        source,
      });
      expect(result.problems.filter((p) => !p.warning)).toEqual([]);
      expect(result.ok).toBe(true);
    },
  );

  it('is deterministic', () => {
    expect(lengthenStory(yaml, 30, places)).toBe(lengthenStory(yaml, 30, places));
  });

  it('copies of the real stories take their turn under slugs of their own', () => {
    expect(storyCopies(['b', 'a'], 3)).toEqual([
      { slug: 'scale-01-a', from: 'a' },
      { slug: 'scale-02-b', from: 'b' },
      { slug: 'scale-03-a', from: 'a' },
    ]);
  });
});

type Place = { lon: number; lat: number; source: string; precision_m: number };
interface Parsed {
  places: Record<string, Place>;
  layers?: Record<string, { source: string }>;
  chapters: { view: { center?: [number, number] }; highlight?: string[] }[];
}
const silkDir = join(ROOT, 'stories/silk-roads-tianshan');
const movable = (dir: string, layers: string[] = []): Movable => ({
  yaml: readFileSync(join(dir, 'story.yaml'), 'utf8'),
  layers: Object.fromEntries(layers.map((f) => [f, readFileSync(join(dir, f), 'utf8')])),
});
const ningbo = movable(join(ROOT, 'stories/ningbo-town-race'));
const silk = movable(silkDir, ['route-schematic.geojson']);
const gaz = gazetteer as Record<string, { name: unknown; lon: number; lat: number; precision_m: number }>;
const feature = (NAME: string, FEATURECLA: string, SCALERANK: number, lon: number, ADM0_A3 = 'CHN') => ({
  properties: { NAME, ADM0_A3, FEATURECLA, SCALERANK },
  geometry: { coordinates: [lon, 30] as [number, number] },
});

describe('stories spread over the country', () => {
  it('takes the seats capitals first, then by rank, in China only, each name once', () => {
    const seats = seatsOf({
      features: [
        feature('Town', 'Populated place', 5, 110),
        feature('Big', 'Populated place', 2, 111),
        feature('Seat', 'Admin-1 capital', 4, 112),
        feature('Taipei', 'Admin-0 capital', 1, 121, 'TWN'),
        feature('Capital', 'Admin-0 capital', 0, 116),
        feature('Big', 'Populated place', 3, 113),
      ],
    });
    expect(seats.map((s) => s.name)).toEqual(['Capital', 'Seat', 'Big', 'Town']);
    expect(seats[2]).toEqual({ name: 'Big', lon: 111, lat: 30 });
  });

  it("moves a story's places, camera centres and layers by one offset, onto the seat, and says so", () => {
    const seat: Seat = { name: 'Kunming', lon: 102.67803, lat: 25.07193 };
    const story = {
      yaml: silk.yaml.replace(
        /(\n {2}- id: [^\n]+\n(?:.*\n)*? {4}view:) \{[^}]*\}/,
        '$1 {center: [100.5, 38.5], zoom: 6}',
      ),
      layers: silk.layers,
    };
    const before = parse(story.yaml) as Parsed;
    expect(before.chapters.some((c) => c.view.center)).toBe(true);
    const moved = moveStory(story, seat, gaz);
    const after = parse(moved.yaml) as Parsed;
    const ids = Object.keys(before.places);
    expect(Object.keys(after.places).sort()).toEqual(ids.sort());
    const dLon = after.places[ids[0]!]!.lon - before.places[ids[0]!]!.lon;
    const dLat = after.places[ids[0]!]!.lat - before.places[ids[0]!]!.lat;
    expect(Math.abs(dLon) + Math.abs(dLat)).toBeGreaterThan(1);
    for (const id of ids) {
      expect(after.places[id]!.lon - before.places[id]!.lon).toBeCloseTo(dLon, 4);
      expect(after.places[id]!.lat - before.places[id]!.lat).toBeCloseTo(dLat, 4);
      expect(after.places[id]!.precision_m).toBe(before.places[id]!.precision_m);
      expect(after.places[id]!.source).toMatch(/^synthetic, moved by the scale bench: .*Kunming/);
    }
    const lons = Object.values(after.places).map((p) => p.lon);
    const lats = Object.values(after.places).map((p) => p.lat);
    expect((Math.min(...lons) + Math.max(...lons)) / 2).toBeCloseTo(seat.lon, 4);
    expect((Math.min(...lats) + Math.max(...lats)) / 2).toBeCloseTo(seat.lat, 4);
    const i = before.chapters.findIndex((c) => c.view.center);
    expect(after.chapters[i]!.view.center![0]).toBeCloseTo(100.5 + dLon, 4);
    expect(after.chapters[i]!.view.center![1]).toBeCloseTo(38.5 + dLat, 4);
    const line = (text: string) =>
      (JSON.parse(text) as { features: { geometry: { coordinates: number[][] } }[] }).features[0]!.geometry
        .coordinates;
    const [was, now] = [
      line(silk.layers['route-schematic.geojson']!),
      line(moved.layers['route-schematic.geojson']!),
    ];
    expect(now).toHaveLength(was.length);
    now.forEach(([x, y], j) => {
      expect(x! - was[j]![0]!).toBeCloseTo(dLon, 4);
      expect(y! - was[j]![1]!).toBeCloseTo(dLat, 4);
    });
    expect(after.layers!['route-schematic']!.source).toMatch(/^synthetic, moved by the scale bench/);
    expect(moveStory(story, seat, gaz)).toEqual(moved);
  });

  it("makes the gazetteer's places the story's own, moved, and drops the real districts' highlights", () => {
    const before = parse(ningbo.yaml) as Parsed;
    expect(before.chapters.some((c) => c.highlight)).toBe(true);
    const moved = parse(
      moveStory(ningbo, { name: 'Lhasa', lon: 91.10001, lat: 29.64502 }, gaz).yaml,
    ) as Parsed;
    const fromGazetteer = Object.keys(moved.places).filter((id) => !before.places[id]);
    expect(fromGazetteer).toEqual(expect.arrayContaining(['simen', 'shangtian']));
    const d = (id: string) => [moved.places[id]!.lon - gaz[id]!.lon, moved.places[id]!.lat - gaz[id]!.lat];
    for (const id of fromGazetteer) {
      expect(d(id)[0]).toBeCloseTo(d('simen')[0]!, 4);
      expect(d(id)[1]).toBeCloseTo(d('simen')[1]!, 4);
      expect(moved.places[id]!.source).toMatch(/^synthetic, moved by the scale bench/);
    }
    expect(d('simen')[0]).toBeLessThan(-25);
    expect(moved.chapters.every((c) => c.highlight === undefined)).toBe(true);
  });

  it('puts each copy on a seat of its own where all of it is covered, the same every time', () => {
    const real = { 'a-story': ningbo, 'b-silk': silk };
    const seats: Seat[] = [
      { name: 'East', lon: 120, lat: 30 },
      { name: 'Edge', lon: 115, lat: 30 },
      { name: 'Mid', lon: 100, lat: 35 },
      { name: 'West', lon: 95, lat: 38 },
      { name: 'Far', lon: 88, lat: 36 },
    ];
    // Only a band of longitude is covered: the Silk Roads, 30 degrees wide, fit neither East nor Edge, which stay
    // for the next story.
    const covers = (lon: number) => lon > 75 && lon < 125;
    const copies = spreadCopies(real, 4, seats, gaz, covers);
    expect(copies.map((c) => [c.slug, c.seat])).toEqual([
      ['scale-01-a-story', 'East'],
      ['scale-02-b-silk', 'Mid'],
      ['scale-03-a-story', 'Edge'],
      ['scale-04-b-silk', 'West'],
    ]);
    expect(spreadCopies(real, 2, seats, gaz, covers)).toEqual(copies.slice(0, 2));
    expect(() => spreadCopies(real, 6, seats, gaz, covers)).toThrow(/no seat left/);
  });

  it('spreads the real stories over China so that each checks clean', { timeout: 120_000 }, () => {
    const seats = seatsOf(
      JSON.parse(
        readFileSync(join(ROOT, 'geodata/sources/china/ne10m_populated_places_china.geojson'), 'utf8'),
      ) as Parameters<typeof seatsOf>[0],
    );
    const zhoushan = movable(join(ROOT, 'stories/zhoushan-islands'), ['dinghai-putuo.geojson']);
    const real = { 'ningbo-town-race': ningbo, 'silk-roads-tianshan': silk, 'zhoushan-islands': zhoushan };
    const copies = spreadCopies(real, 6, seats, gaz, (lon, lat) => coverage.covers(lon, lat));
    expect(new Set(copies.map((c) => c.seat)).size).toBe(6);
    for (const c of copies) {
      const result = checkStory({
        file: `${c.slug}/story.yaml`,
        text: c.story.yaml,
        gazetteer: {} as Gazetteer,
        coverage,
        source: readFileSync(join(ROOT, 'stories', c.from, 'source.txt'), 'utf8'),
        readLayer: (name) =>
          c.story.layers[name] === undefined
            ? { ok: false, message: 'no such file' }
            : { ok: true, file: name, text: c.story.layers[name] },
        // A copy takes the real story's pictures unchanged (bench/scale/build-copy.ts).
        readMedia: (name) => ({ ok: true, bytes: readFileSync(join(ROOT, 'stories', c.from, name)) }),
      });
      expect([c.slug, result.problems.filter((p) => !p.warning)]).toEqual([c.slug, []]);
    }
  });
});

describe('growth', () => {
  it('reads flat, proportional and quadratic costs as exponents 0, 1 and 2', () => {
    const sizes = [18, 50, 100, 200];
    expect(exponent(sizes, [5, 5, 5, 5])).toBeCloseTo(0);
    expect(exponent(sizes, sizes)).toBeCloseTo(1);
    expect(
      exponent(
        sizes,
        sizes.map((n) => n * n),
      ),
    ).toBeCloseTo(2);
    expect(exponent(sizes, [null, 1, 2, 3])).toBeNull();
  });

  it('flags only what grows faster than the work', () => {
    const sizes = [2, 10, 50];
    const flags = growth('stories', sizes, { linear: [1, 5, 25], quadratic: [4, 100, 2500] });
    expect(flags.map((f) => [f.figure, f.tooFast])).toEqual([
      ['linear', false],
      ['quadratic', true],
    ]);
  });

  it('holds a figure that must stay flat to its own limit', () => {
    const sizes = [2, 10, 50];
    const flags = growth(
      'stories',
      sizes,
      { flat: [100, 103, 101], creeping: [100, 130, 200], linear: [1, 5, 25] },
      { flat: FLAT_MARGIN, creeping: FLAT_MARGIN },
    );
    expect(flags.map((f) => [f.figure, f.tooFast])).toEqual([
      ['flat', false],
      ['creeping', true],
      ['linear', false],
    ]);
    expect(flags[1]!.text).toContain('at most 0.15');
  });
});

describe('a failed build', () => {
  it('says why in a line: out of memory, stopped, or its last line of output', () => {
    const oom = 'x\nFATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\n';
    expect(new BuildFailed(600_000, 'SIGABRT', oom).message).toBe(
      'the build failed: out of memory (JavaScript heap)',
    );
    expect(new BuildFailed(1_800_400, 'SIGKILL', 'building…').message).toBe(
      'the build failed: stopped by SIGKILL after 1800 s',
    );
    expect(new BuildFailed(9_000, null, 'a\nError: unknown place "x"\n').message).toBe(
      'the build failed: Error: unknown place "x"',
    );
  });
});

describe('scale chart', () => {
  it('draws each figure relative to its first value', () => {
    expect(relative([4, 8, null, 2])).toEqual([1, 2, null, 0.5]);
    const svg = scaleChart(
      [
        {
          title: 'T',
          xLabel: 'x',
          xs: [1, 4],
          series: [{ name: 'a & b', values: [1, 2], color: '#123456' }],
        },
      ],
      'caption',
    );
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('a &#38; b');
    expect(svg).toContain('stroke="#123456"');
  });
});
