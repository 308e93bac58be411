import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/geo/gazetteer';
import { checkStory } from '../../src/check/check';
import { metricFindings, quotedQuantity } from '../../src/check/metric-rules';
import { formatProblem } from '../../src/check/problem';
import type { Story, StoryMetric } from '../../src/story/schema';
import { loadCoverage } from '../../scripts/stories/load-stories';
import { loadPlaceIndex } from '../../scripts/places/place-index';
import { draftStory } from '../../scripts/draft/draft-story';
import { findFigures } from '../../scripts/draft/find-figures';
import { findPlaceNames } from '../../scripts/draft/find-place-names';

const DIR = 'stories/ningbo-town-race';
const source = readFileSync(`${DIR}/source.txt`, 'utf8');
const story = parse(readFileSync(`${DIR}/story.yaml`, 'utf8')) as Story;
const gazetteer = JSON.parse(readFileSync('geodata/gazetteer.json', 'utf8')) as Gazetteer;
const index = loadPlaceIndex();
const coverage = loadCoverage();

const metricsOf = (s: Story) => s.chapters.flatMap((c) => c.metrics ?? []);

/** Where a quote stands in the source: every occurrence, as [start, end). */
function spans(quote: string): [number, number][] {
  const out: [number, number][] = [];
  for (let at = source.indexOf(quote); at >= 0; at = source.indexOf(quote, at + 1))
    out.push([at, at + quote.length]);
  return out;
}
const overlap = (a: string, b: string) =>
  spans(a).some(([s1, e1]) => spans(b).some(([s2, e2]) => s1 < e2 && s2 < e1));

/** The same figure: the same number, magnitude and unit, stated at the same place of the article. */
const same = (a: StoryMetric, b: StoryMetric) =>
  a.value === b.value &&
  (a.scale ?? 1) === (b.scale ?? 1) &&
  a.unit.zh === b.unit.zh &&
  overlap(a.quote, b.quote);

/** What a metric's quote says, read by the checker, against what the metric says. */
function disagrees(m: StoryMetric): string[] {
  const errors = metricFindings(m, [], source).filter((f) => !f.warning);
  const q = quotedQuantity(m);
  if (!q || q.base !== m.value * (m.scale ?? 1)) errors.push({ path: [], message: 'base differs' });
  return errors.map((e) => `${m.quote}: ${e.message}`);
}

describe('the draft of the Ningbo article', () => {
  const text = draftStory(source, index);
  const checked = checkStory({ file: `${DIR}/draft.yaml`, text, gazetteer, coverage, source });

  it('passes the checker, with warnings only for what a person must do', () => {
    const errors = checked.problems.filter((p) => !p.warning).map(formatProblem);
    expect(errors).toEqual([]);
    expect(checked.ok).toBe(true);
    const warned = new Set(checked.problems.map((p) => p.message.replace(/metrics\[\d+\]|".*"/g, '…')));
    for (const w of warned)
      expect(w).toMatch(/still marked|has no period|does not say who|has no credit|more problem/);
  });

  it("finds the story's figures, each reading as its quote does", () => {
    if (!checked.ok) throw new Error('the draft does not check');
    const drafted = metricsOf(checked.story);
    const wanted = metricsOf(story);
    const found = wanted.filter((m) => drafted.some((d) => same(d, m)));
    const extra = drafted.filter((d) => !wanted.some((m) => same(d, m)));
    const disagreeing = drafted.flatMap(disagrees);
    // Where the draft and the story hold the same figure, they say the same of it.
    const differ = wanted.flatMap((m) => {
      const d = drafted.find((x) => same(x, m));
      return d && (d.change?.value !== m.change?.value || d.currency !== m.currency)
        ? [`${m.quote}: draft ${JSON.stringify([d.unit.zh, d.change, d.currency])}`]
        : [];
    });
    console.log(
      `draft of ${DIR}: ${found.length} of ${wanted.length} figures found, ${extra.length} more proposed, ` +
        `${disagreeing.length} disagreeing with their quotes; missed: ${wanted
          .filter((m) => !found.includes(m))
          .map((m) => m.quote)
          .join(' | ')}`,
    );
    expect(wanted.length).toBe(52);
    expect(found.length).toBeGreaterThanOrEqual(45);
    expect(disagreeing).toEqual([]);
    expect(differ).toEqual([]);
  });

  it('names the places the data knows and lists those it does not', () => {
    expect(text).toMatch(/view: \{place: zhuangshi\}/);
    expect(text).toMatch(/view: \{place: simen\}/);
    expect(text).toMatch(/view: \{place: shangtian\}/);
    const { unknown } = findPlaceNames(source, index);
    expect(unknown).toEqual(expect.arrayContaining(['甬江芯谷', '勤勇村', '葛岙水库']));
  });
});

describe('findFigures', () => {
  it('reads a change with its figure, and no date, year or ordinal as a figure', () => {
    const text = '2022年9月27日,第2期活动中,实际利用外资2150万美元,同比增长113.5%。涉案数同比下降56.9%。';
    expect(findFigures(text).map((f) => [f.quote, f.quantity.text, f.change?.value])).toEqual([
      ['实际利用外资2150万美元,同比增长113.5%', '2150万美元', 113.5],
      ['涉案数同比下降56.9%', '56.9%', undefined],
    ]);
  });

  it('gives each figure its own sentence as an excerpt, verbatim', () => {
    const text = '第一句没有数字。全年接待游客超过20万人次,收入0.94亿元!';
    const figures = findFigures(text);
    expect(figures.map((f) => f.sentence)).toEqual([
      '全年接待游客超过20万人次,收入0.94亿元',
      '全年接待游客超过20万人次,收入0.94亿元',
    ]);
    for (const f of figures) expect(text.slice(f.at, f.at + f.quote.length)).toBe(f.quote);
  });
});

describe('draftStory', () => {
  it('refuses an empty article, or one with no figure or no known place', () => {
    expect(() => draftStory(' \n\n', index)).toThrow('the article is empty');
    expect(() => draftStory('宁波的故事。', index)).toThrow('states no figure');
    expect(() => draftStory('这里有12个项目。', index)).toThrow('names no place');
  });
});
