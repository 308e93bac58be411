import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/geo/gazetteer';
import { checkStory } from '../../src/story/check';
import { viewLine } from '../../src/map/view-line';
import { formatProblem } from '../../src/story/problem';

const gazetteer = JSON.parse(readFileSync('geodata/gazetteer.json', 'utf8')) as Gazetteer;
const good = readFileSync('test/unit/fixtures/minimal-story.yaml', 'utf8');
const FILE = 'stories/x/story.yaml';

function problems(text: string, source?: string): string[] {
  const r = checkStory({ file: FILE, text, gazetteer, source });
  return r.problems.map(formatProblem);
}

/** The 1-based line of the first occurrence of `needle` in the fixture after an edit. */
function lineOf(text: string, needle: string): number {
  return text.slice(0, text.indexOf(needle)).split('\n').length;
}

describe('checkStory', () => {
  it('accepts a valid story', () => {
    expect(problems(good)).toEqual([]);
  });

  it('accepts the Ningbo story against its source text', () => {
    const dir = 'stories/ningbo-town-race';
    expect(
      problems(readFileSync(`${dir}/story.yaml`, 'utf8'), readFileSync(`${dir}/source.txt`, 'utf8')),
    ).toEqual([]);
  });

  it('reports a YAML syntax error with its line', () => {
    const bad = good.replace('title: {zh: 一, en: One}', 'title: {zh: 一, en: One');
    const [p] = problems(bad);
    expect(p).toMatch(new RegExp(`^${FILE}:\\d+:\\d+: YAML syntax`));
  });

  it.each([
    [
      'a wrongly typed field',
      ['value: 100.7', 'value: "many"'],
      'value: "many"',
      /metrics\[0\]\.value: expected a number, found string "many"/,
    ],
    [
      'an unknown field',
      ['    alt: {zh: 港口', '    zoooom: 3\n    alt: {zh: 港口'],
      'zoooom',
      /unknown field "zoooom"/,
    ],
    ['a bad id', ['id: two', 'id: Two_2'], 'Two_2', /id: must use lower-case/],
    ['a duplicate id', ['id: two', 'id: one'], 'id: one\n    title: {zh: 二', /duplicate chapter id "one"/],
    [
      'an id the page uses',
      ['id: two', 'id: sources'],
      'id: sources',
      /chapter id "sources" is taken by the page/,
    ],
    [
      'an unknown place',
      ['fit: [harbour, simen]', 'fit: [harbour, simne]'],
      'simne',
      /unknown place "simne"\n    hint: did you mean "simen"\?/,
    ],
    [
      'zoom out of range',
      ['zoom: 12', 'zoom: 25'],
      'zoom: 25',
      /view\.zoom: expected at most 17, found number 25/,
    ],
    [
      'place and fit both',
      ['view: {place: harbour, zoom: 12}', 'view: {place: harbour, fit: [simen]}'],
      'view: {place: harbour, fit',
      /give exactly one of place, fit or center/,
    ],
    [
      'a missing translation',
      ['text: {zh: 第一段, en: First}', 'text: {zh: 第一段}'],
      'text: {zh: 第一段}',
      /text\.en: missing \(the English translation\)/,
    ],
    ['HTML in a text', ['en: First', 'en: "<b>First</b>"'], '<b>First', /must be plain text, found HTML/],
    [
      'swapped lon/lat',
      ['lon: 121.85, lat: 29.93', 'lon: 29.93, lat: 121.85'],
      'lon: 29.93',
      /lon and lat look swapped/,
    ],
    [
      'a place outside the region',
      ['lon: 121.85, lat: 29.93', 'lon: 116.4, lat: 39.9'],
      'lon: 116.4',
      /outside the map's region/,
    ],
    [
      'a metric value not in its quote',
      ['value: 100.7', 'value: 10.7'],
      'value: 10.7',
      /value 10\.7 does not occur in its quote/,
    ],
    [
      'a metric without a quote',
      [', quote: "总产值100.7亿元"', ''],
      'value: 100.7',
      /metrics\[0\]\.quote: missing/,
    ],
  ] as const)('reports %s at its line', (_name, [from, to], at, message) => {
    const bad = good.replace(from, to);
    expect(bad).not.toBe(good);
    const found = problems(bad);
    expect(found.length).toBeGreaterThan(0);
    const hit = found.find((p) => message.test(p));
    expect(hit, found.join('\n')).toBeDefined();
    expect(hit!.startsWith(`${FILE}:${lineOf(bad, at)}:`), hit).toBe(true);
  });

  it('accepts a centre view and reports one outside the region or swapped', () => {
    const centred = good.replace('view: {fit: [harbour, simen]}', 'view: {center: [121.7, 29.95], zoom: 10}');
    expect(problems(centred)).toEqual([]);
    // The dev server's "copy view" line is valid story YAML.
    const copied = viewLine({ lon: 121.61839, lat: 29.93442, zoom: 11.5, pitch: 20, bearing: 0 });
    expect(problems(good.replace('view: {fit: [harbour, simen]}', copied))).toEqual([]);
    expect(problems(centred.replace('[121.7, 29.95]', '[29.95, 121.7]')).join('\n')).toMatch(
      /view\.center: lon and lat look swapped/,
    );
    expect(problems(centred.replace('[121.7, 29.95]', '[116.4, 39.9]')).join('\n')).toMatch(
      /outside the map's region/,
    );
  });

  it('reports an empty chapter list', () => {
    const bad = good.slice(0, good.indexOf('chapters:')) + 'chapters: []\n';
    expect(problems(bad).join('\n')).toMatch(/chapters: a story needs at least one chapter/);
  });

  it('reports a quote that is not verbatim in source.txt', () => {
    expect(problems(good, '其总产值为100.7亿元').join('\n')).toMatch(
      /quote "总产值100\.7亿元" does not occur verbatim/,
    );
    expect(problems(good, '今年上半年,该镇规模以上工业总产值100.7亿元')).toEqual([]);
  });

  it('reports every problem, not just the first', () => {
    const bad = good
      .replace('zoom: 12', 'zoom: 25')
      .replace('en: First', 'en: ""')
      .replace('id: two', 'id: one');
    expect(problems(bad)).toHaveLength(2); // schema problems first; cross-field ones once the shape is right
    expect(problems(good.replace('id: two', 'id: one').replace('simen]', 'simne]'))).toHaveLength(2);
  });
});
