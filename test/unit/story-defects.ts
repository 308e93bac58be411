// Broken stories for the checker's tests: each is minimal-story.yaml with one defect, the text on the defect's line
// and the message the editor must see there. The unit test checks them all in-process; the CLI test runs the real
// command on a sample, end to end.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const MINIMAL = readFileSync(resolve(import.meta.dirname, 'fixtures/minimal-story.yaml'), 'utf8');

/** Every quote and excerpt of MINIMAL, verbatim: its source.txt. */
export const MINIMAL_SOURCE =
  '今年上半年,总产值100.7亿元。实际利用外资2150万美元,同比增长113.5%。占农业总产值的64%。120起,同比下降56.9%。';

/** [name, [text, replacement], text on the defect's line, message]. */
export type Defect = readonly [string, readonly [string, string], string, RegExp];

export const DEFECTS: readonly Defect[] = [
  ['a YAML syntax error', ['en: Author', 'en: Text: Author'], 'en: Text: Author', /YAML syntax: /],
  ['a missing field', ['    alt: {zh: 全景, en: Overview}\n', ''], 'id: two', /chapters\[1\]\.alt: missing/],
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
    /unknown place "simne"\n {4}hint: did you mean "simen"\?/,
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
    'a place where the basemap has no data',
    ['lon: 121.85, lat: 29.93', 'lon: -40, lat: 30'],
    'lon: -40',
    /places\.harbour: expected a place in China .*, or elsewhere on land in a country's outline or within 22 km of its coast, found \(-40, 30\), where the basemap has no data/,
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
    /view\.zoom 11\.5 is closer than the basemap holds to \(zoom 11\) at "harbour": its data there \(China's county outlines, vertices 0\.5–3 km apart\)/,
  ],
  [
    'a zoom abroad closer than the world outlines hold to',
    ['lon: 121.85, lat: 29.93', 'lon: 139.69, lat: 35.69'],
    'zoom: 10',
    /view\.zoom 10 is closer than the basemap holds to \(zoom 8\.26\) at "harbour": its data there \(Natural Earth's 1:50m country outlines, vertices up to 20 km apart\) would be drawn wrongly\n {4}hint: zoom: 8\.26 or less/,
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
  [
    'pitch out of range',
    ['zoom: 10}', 'zoom: 10, pitch: 75}'],
    'pitch: 75',
    /view\.pitch: expected at most 60, found number 75/,
  ],
  [
    'bearing out of range',
    ['zoom: 10}', 'zoom: 10, bearing: 270}'],
    'bearing: 270',
    /view\.bearing: expected at most 180, found number 270/,
  ],
  [
    'a view with neither place nor fit',
    ['view: {fit: [harbour, simen]}', 'view: {}'],
    'view: {}',
    /give exactly one of place, fit or center/,
  ],
  [
    'an empty chapter list',
    [MINIMAL.slice(MINIMAL.indexOf('chapters:\n')), 'chapters: []\n'],
    'chapters: []',
    /chapters: a story needs at least one chapter/,
  ],
];

export function withDefect([, [from, to]]: Defect): string {
  const text = MINIMAL.replace(from, to);
  if (text === MINIMAL) throw new Error(`the fixture does not contain ${JSON.stringify(from)}`);
  return text;
}

/** The 1-based line of `needle` in `text`; fails loudly if the text no longer contains it. */
export function lineOf(text: string, needle: string): number {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`fixture does not contain ${JSON.stringify(needle)}`);
  return text.slice(0, at).split('\n').length;
}
