// The scale bench's own logic: the synthetic stories it builds are valid, deterministic stories of the asked size,
// and its verdict on growth says "faster than linear" exactly when a cost outgrows the work.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { exponent, growth } from '../../bench/scale/growth';
import { relative, scaleChart } from '../../bench/scale/scale-chart';
import { lengthenStory, storyCopies } from '../../bench/scale/synth-stories';
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
