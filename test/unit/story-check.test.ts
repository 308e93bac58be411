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
      ['zoom: 10', 'zoom: 25'],
      'zoom: 25',
      /view\.zoom: expected at most 17, found number 25/,
    ],
    [
      'place and fit both',
      ['view: {place: harbour, zoom: 10}', 'view: {place: harbour, fit: [simen]}'],
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
      'a value against a quote of 100.7',
      ['value: 100.7', 'value: 100'],
      'value: 100',
      /value 100 does not occur in its quote "总产值100\.7亿元"\n {4}hint: the quote states 「100\.7亿元」/,
    ],
    [
      'an English unit that carries a magnitude, beside a value that matches its quote',
      ['en: yuan}', 'en: "×10,000 yuan"}'],
      '×10,000 yuan',
      /unit\.en "×10,000 yuan" carries a magnitude \("×10,000"\)/,
    ],
    [
      'a missing scale',
      [', scale: 100000000', ''],
      'value: 100.7',
      /the quote says 「100\.7亿元」 \(100\.7 × 100,000,000\), but scale is missing \(1\)\n {4}hint: scale: 100000000/,
    ],
    [
      'a scale unlike the quote',
      ['scale: 100000000', 'scale: 10000'],
      'scale: 10000,',
      /the quote says 「100\.7亿元」 \(100\.7 × 100,000,000\), but scale is 10,000/,
    ],
    [
      'a Chinese unit unlike the quote',
      ['{zh: 亿元,', '{zh: 万元,'],
      '万元,',
      /unit\.zh "万元" is not the quote's 「亿元」/,
    ],
    [
      'an English unit that does not translate the quote',
      ['en: US$}', 'en: yuan}'],
      '外资',
      /unit\.en "yuan" does not translate the quote's unit 「美元」/,
    ],
    [
      'a currency unlike the quote',
      ['currency: USD', 'currency: CNY'],
      '外资',
      /currency CNY, but the quote's unit is 「美元」/,
    ],
    [
      'a change value missing from its quote',
      ['value: 113.5', 'value: 13.5'],
      'value: 13.5',
      /change 13\.5% does not occur in its quote/,
    ],
    [
      'a rise where the quote says a fall',
      ['value: -56.9', 'value: 56.9'],
      '诈骗',
      /change 56\.9%, but the quote says 「同比下降56\.9%」/,
    ],
    [
      'a share chart of something not a percentage',
      ['currency: CNY,', 'currency: CNY, chart: share,'],
      'chart: share,',
      /chart: share needs a percentage from 0 to 100, found 「100\.7亿元」/,
    ],
    [
      'an unknown section',
      ['section: port', 'section: prot'],
      'section: prot',
      /unknown section "prot"\n {4}hint: did you mean "port"\?/,
    ],
    [
      'a zoom with fit',
      ['view: {fit: [harbour, simen]}', 'view: {fit: [harbour, simen], zoom: 9}'],
      'zoom: 9',
      /view\.zoom applies to place, not fit/,
    ],
    [
      'a zoom closer than the basemap holds to',
      ['zoom: 10', 'zoom: 11.5'],
      'zoom: 11.5',
      /view\.zoom 11\.5 is closer than the basemap holds to \(zoom 11\)/,
    ],
    [
      'a figure without a place in a fit chapter',
      [
        '    alt: {zh: 全景, en: Overview}',
        '    metrics:\n      - {label: {zh: 份额, en: Part}, value: 64, unit: {zh: "%", en: "%"}, period: "2022", quote: "占农业总产值的64%"}\n    alt: {zh: 全景, en: Overview}',
      ],
      '份额',
      /metrics\[0\]: place is required when the view is not a place/,
    ],
    ['a malformed period', ['period: "2022"', 'period: "last year"'], 'last year', /period/],
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
    const copied = viewLine({ lon: 121.61839, lat: 29.93442, zoom: 10.5, pitch: 20, bearing: 0 });
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

  it('reports a quote or an excerpt that is not verbatim in source.txt', () => {
    const source =
      '今年上半年,总产值100.7亿元。实际利用外资2150万美元,同比增长113.5%。占农业总产值的64%。120起,同比下降56.9%。';
    expect(problems(good, source)).toEqual([]);
    const reworded = problems(good, source.replace('总产值100', '其总产值为100'));
    expect(reworded).toEqual([
      expect.stringMatching(/:19:\d+: .*quote "总产值100\.7亿元" does not occur verbatim/),
    ]);
    const excerpt = problems(good, source.replace('今年上半年', '上半年'));
    expect(excerpt).toEqual([
      expect.stringMatching(/:17:\d+: .*excerpt does not occur verbatim in source\.txt/),
    ]);
  });

  it('warns, without failing, about a figure with no period', () => {
    const text = good.replace(', period: "not stated"', '');
    const r = checkStory({ file: FILE, text, gazetteer });
    expect(r.ok).toBe(true);
    expect(r.problems.map(formatProblem)).toEqual([
      expect.stringMatching(
        new RegExp(`^${FILE}:${lineOf(text, '占比')}:\\d+: warning: metrics\\[2\\] has no period`),
      ),
    ]);
  });

  it('warns when a comparison sets different measures side by side without a caption', () => {
    const compared = good.replace(
      '    alt: {zh: 全景, en: Overview}',
      [
        '    compare: true',
        '    metrics:',
        '      - {place: harbour, label: {zh: 产值, en: Output}, value: 100.7, unit: {zh: 亿元, en: yuan}, scale: 100000000, currency: CNY, period: "2022", headline: true, quote: "总产值100.7亿元"}',
        '      - {place: simen, label: {zh: 外资, en: FDI}, value: 2150, unit: {zh: 万美元, en: US$}, scale: 10000, currency: USD, period: "2022", headline: true, quote: "实际利用外资2150万美元"}',
        '    alt: {zh: 全景, en: Overview}',
      ].join('\n'),
    );
    const r = checkStory({ file: FILE, text: compared, gazetteer });
    expect(r.ok).toBe(true);
    expect(r.problems.map(formatProblem).join('\n')).toMatch(
      new RegExp(
        `:${lineOf(compared, 'compare: true')}:\\d+: warning: the comparison sets side by side figures of different units`,
      ),
    );
    const captioned = compared.replace(
      '    compare: true',
      '    compare: true\n    caption: {zh: 口径不同, en: Different measures}',
    );
    expect(problems(captioned)).toEqual([]);
  });

  it('checks and builds a story without source:', () => {
    const bare = good.replace('source:\n  title: {zh: 原文, en: Source}\n', '');
    expect(bare).not.toBe(good);
    expect(problems(bare)).toEqual([]);
  });

  it('reports every problem, not just the first', () => {
    // Shape problems in the first chapter, a cross-field one in the second, a wrong figure in the first: all at once.
    const bad = good
      .replace('zoom: 10', 'zoom: 25')
      .replace('en: First', 'en: ""')
      .replace('simen]', 'simne]')
      .replace('en: US$}', 'en: "×10,000 USD"}');
    const found = problems(bad);
    expect(found).toEqual([
      expect.stringMatching(/:14:\d+: chapters\[0\].text\.en: must not be empty/),
      expect.stringMatching(/:15:\d+: chapters\[0\]\.view\.zoom: expected at most 17/),
      expect.stringMatching(/:20:\d+: unit\.en "×10,000 USD" carries a magnitude/),
      expect.stringMatching(/:27:\d+: unknown place "simne"/),
    ]);
    expect(problems(good.replace('id: two', 'id: one').replace('simen]', 'simne]'))).toHaveLength(2);
  });
});
