import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/geo/gazetteer';
import { loadCoverage } from '../../scripts/stories/load-stories';
import { checkStory } from '../../src/check/check';
import { viewLine } from '../../src/map/view/view-line';
import { formatProblem } from '../../src/check/problem';
import { DEFECTS, lineOf, MINIMAL, MINIMAL_SOURCE, withDefect } from './story-defects';

const gazetteer = JSON.parse(readFileSync('geodata/gazetteer.json', 'utf8')) as Gazetteer;
const coverage = loadCoverage();
const good = MINIMAL;
const FILE = 'stories/x/story.yaml';

function problems(text: string, source?: string): string[] {
  const r = checkStory({ file: FILE, text, gazetteer, coverage, source });
  return r.problems.map(formatProblem);
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

  it.each(DEFECTS)('reports %s at its line', (...defect) => {
    const [, , at, message] = defect;
    const bad = withDefect(defect);
    const found = problems(bad);
    expect(found.length).toBeGreaterThan(0);
    const hit = found.find((p) => message.test(p));
    expect(hit, found.join('\n')).toBeDefined();
    expect(hit!.startsWith(`${FILE}:${lineOf(bad, at)}:`), hit).toBe(true);
  });

  it('accepts a centre view and reports one where the basemap has no data or swapped', () => {
    const centred = good.replace('view: {fit: [harbour, simen]}', 'view: {center: [121.7, 29.95], zoom: 10}');
    expect(problems(centred)).toEqual([]);
    // The dev server's "copy view" line is valid story YAML.
    const copied = viewLine({ lon: 121.61839, lat: 29.93442, zoom: 10.5, pitch: 20, bearing: 0 });
    expect(problems(good.replace('view: {fit: [harbour, simen]}', copied))).toEqual([]);
    expect(problems(centred.replace('[121.7, 29.95]', '[29.95, 121.7]')).join('\n')).toMatch(
      /view\.center: lon and lat look swapped/,
    );
    // The East China Sea, 250 km from the nearest coast.
    expect(problems(centred.replace('[121.7, 29.95]', '[126, 29]')).join('\n')).toMatch(
      /view\.center: expected a place in China .*, found \(126, 29\), where the basemap has no data/,
    );
  });

  it('accepts a place anywhere in China: Gansu, Xinjiang, off the Zhoushan coast', () => {
    for (const [lon, lat] of [
      [94.662, 40.142],
      [75.99, 39.47],
      [122.69, 30.19],
    ])
      expect(problems(good.replace('lon: 121.85, lat: 29.93', `lon: ${lon}, lat: ${lat}`))).toEqual([]);
  });

  it.each([
    ['the sea far from the coast', '126', '29'],
    ['the middle of the Atlantic', '-40', '30'],
  ])('refuses a place in %s at its line, saying what was expected and what was found', (_, lon, lat) => {
    const bad = good.replace('lon: 121.85, lat: 29.93', `lon: ${lon}, lat: ${lat}`);
    const line = lineOf(bad, `lon: ${lon}`);
    // At the latitude's value: the pair is wrong, and neither of its numbers alone.
    const col = bad.split('\n')[line - 1]!.indexOf(`lat: ${lat}`) + 'lat: '.length + 1;
    expect(problems(bad)).toEqual([
      `${FILE}:${line}:${col}: places.harbour: expected a place in China (its county-level divisions), within 22 km of its coast or 2 km of its land borders, or elsewhere on land in a country's outline or within 22 km of its coast, found (${lon}, ${lat}), where the basemap has no data`,
    ]);
  });

  it("accepts a place abroad, in a country's outline or off its coast", () => {
    for (const [lon, lat] of [
      [76.95, 43.24],
      [103.82, 1.35],
      [2.35, 48.86],
    ])
      expect(
        problems(
          good.replace('lon: 121.85, lat: 29.93', `lon: ${lon}, lat: ${lat}`).replace('zoom: 10', 'zoom: 8'),
        ),
      ).toEqual([]);
  });

  describe('holds a view to the zoom of the data at its place', () => {
    const zoomed = (text: string, zoom: number) => text.replace('zoom: 10', `zoom: ${zoom}`);
    const abroad = good.replace('lon: 121.85, lat: 29.93', 'lon: 139.69, lat: 35.69');
    const refusal = (text: string) => {
      const line = lineOf(text, 'zoom: ');
      const col = text.split('\n')[line - 1]!.indexOf('zoom: ') + 'zoom: '.length + 1;
      return `${FILE}:${line}:${col}: `;
    };

    it("in China, to the counties' zoom 11", () => {
      expect(problems(zoomed(good, 11))).toEqual([]);
      expect(problems(zoomed(good, 11.5))).toEqual([
        `${refusal(zoomed(good, 11.5))}view.zoom 11.5 is closer than the basemap holds to (zoom 11) at "harbour": its data there (China's county outlines, vertices 0.5–3 km apart) would be drawn wrongly\n    hint: zoom: 11 or less (geodata/PROVENANCE.md)`,
      ]);
    });

    it("abroad, to the world outlines' zoom 8.26", () => {
      expect(problems(zoomed(abroad, 8.26))).toEqual([]);
      expect(problems(zoomed(abroad, 8.5))).toEqual([
        `${refusal(zoomed(abroad, 8.5))}view.zoom 8.5 is closer than the basemap holds to (zoom 8.26) at "harbour": its data there (Natural Earth's 1:50m country outlines, vertices up to 20 km apart) would be drawn wrongly\n    hint: zoom: 8.26 or less (geodata/PROVENANCE.md)`,
      ]);
    });

    it('at a centre abroad, naming the centre', () => {
      const centred = good.replace('view: {fit: [harbour, simen]}', 'view: {center: [2.35, 48.86], zoom: 9}');
      expect(problems(centred).join('\n')).toMatch(
        /view\.zoom 9 is closer than the basemap holds to \(zoom 8\.26\) at \(2\.35, 48\.86\): its data there \(Natural Earth's 1:50m/,
      );
    });
  });

  it('refuses swapped coordinates at the longitude, with the pair the editor meant', () => {
    const bad = good.replace('lon: 121.85, lat: 29.93', 'lon: 29.93, lat: 121.85');
    const line = lineOf(bad, 'lon: 29.93');
    const col = bad.split('\n')[line - 1]!.indexOf('lon: 29.93') + 'lon: '.length + 1;
    expect(problems(bad)).toEqual([
      `${FILE}:${line}:${col}: places.harbour: lon and lat look swapped (lon 29.93, lat 121.85)\n    hint: lon 121.85, lat 29.93: lon is east–west, lat north–south`,
    ]);
  });

  it('reports an empty chapter list', () => {
    const bad = good.slice(0, good.indexOf('chapters:')) + 'chapters: []\n';
    expect(problems(bad).join('\n')).toMatch(/chapters: a story needs at least one chapter/);
  });

  it('reports a quote or an excerpt that is not verbatim in source.txt', () => {
    const source = MINIMAL_SOURCE;
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

  it('warns, without failing, about a figure nobody is said to have reported', () => {
    const text = good.replace(', from: {zh: 港区报道, en: the port report}', '');
    expect(text).not.toBe(good);
    const r = checkStory({ file: FILE, text, gazetteer, coverage });
    expect(r.ok).toBe(true);
    const warned = r.problems.map(formatProblem).filter((p) => p.includes('who reported'));
    expect(warned).toHaveLength(4);
    expect(warned[0]).toMatch(
      new RegExp(
        `^${FILE}:${lineOf(text, '产值')}:\\d+: warning: metrics\\[0\\] does not say who reported "Output"`,
      ),
    );
    // On the figure itself, it needs none from its section.
    const own = text.replace('{label: {zh: 产值', '{from: {zh: 某报道, en: a report}, label: {zh: 产值');
    expect(problems(own).filter((p) => p.includes('metrics[0]'))).toEqual([]);
  });

  // S-5: 「庄市街道: 约61公里.」 is set as a Chinese reader would not expect; a quote of the source keeps its own marks.
  it('warns of ASCII punctuation after Chinese text, but not in a verbatim excerpt', () => {
    const text = good
      .replace('title: {zh: 一, en: One}', 'title: {zh: "港口: 一期", en: One}')
      .replace('text: {zh: 今年上半年,', 'text: {zh: "今年上半年,产值",');
    const found = problems(text);
    expect(found).toEqual([
      expect.stringMatching(
        new RegExp(
          `^${FILE}:${lineOf(text, '港口: 一期')}:\\d+: warning: Chinese text with an ASCII ":" after 「港口」`,
        ),
      ),
    ]);
    expect(found[0]).toContain('hint: write the full-width "："');
    expect(problems(text.replace('港口: 一期', '港口：一期'))).toEqual([]);
  });

  it('warns, without failing, about a figure with no period', () => {
    const text = good.replace(', period: "not stated"', '');
    const r = checkStory({ file: FILE, text, gazetteer, coverage });
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
        '      - {place: harbour, from: {zh: 某报道, en: a report}, label: {zh: 产值, en: Output}, value: 100.7, unit: {zh: 亿元, en: yuan}, scale: 100000000, currency: CNY, period: "2022", headline: true, quote: "总产值100.7亿元"}',
        '      - {place: simen, from: {zh: 某报道, en: a report}, label: {zh: 外资, en: FDI}, value: 2150, unit: {zh: 万美元, en: US$}, scale: 10000, currency: USD, period: "2022", headline: true, quote: "实际利用外资2150万美元"}',
        '    alt: {zh: 全景, en: Overview}',
      ].join('\n'),
    );
    const r = checkStory({ file: FILE, text: compared, gazetteer, coverage });
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

describe("a chapter's phone view", () => {
  const TWO = '    view: {fit: [harbour, simen]}\n';
  const withPhone = (phone: string) => {
    const text = good.replace(TWO, `    view:\n      fit: [harbour, simen]\n      phone: ${phone}\n`);
    expect(text).not.toBe(good);
    return text;
  };
  /** `file:line:col: ` of `needle`'s value on the phone's line. */
  const atPhone = (text: string, needle: string) => {
    const line = lineOf(text, '      phone: ');
    const col = text.split('\n')[line - 1]!.indexOf(needle) + needle.length + 1;
    return `${FILE}:${line}:${col}: `;
  };

  it('is accepted in each form of a view, and a story without one is unchanged', () => {
    expect(problems(good)).toEqual([]);
    for (const phone of [
      '{place: harbour, zoom: 9}',
      '{fit: [harbour]}',
      '{center: [121.7, 29.95], zoom: 10}',
    ])
      expect(problems(withPhone(phone)), phone).toEqual([]);
  });

  it('is held to the zoom of the data at its own place, and named so', () => {
    const bad = withPhone('{place: harbour, zoom: 11.5}');
    expect(problems(bad)).toEqual([
      `${atPhone(bad, 'zoom: ')}view.phone.zoom 11.5 is closer than the basemap holds to (zoom 11) at "harbour": its data there (China's county outlines, vertices 0.5–3 km apart) would be drawn wrongly\n    hint: zoom: 11 or less (geodata/PROVENANCE.md)`,
    ]);
  });

  it('names an unknown place at its line, with a guess', () => {
    const bad = withPhone('{fit: [harbour, harbur]}');
    expect(problems(bad)).toEqual([
      `${atPhone(bad, 'harbour, ')}unknown place "harbur"\n    hint: did you mean "harbour"?`,
    ]);
  });

  it('tells a swapped centre, and one where the basemap has no data', () => {
    const swapped = withPhone('{center: [29.95, 121.7], zoom: 9}');
    expect(problems(swapped)).toEqual([
      `${atPhone(swapped, 'center: ')}chapters[1].view.phone.center: lon and lat look swapped (lon 29.95, lat 121.7)\n    hint: lon 121.7, lat 29.95: lon is east–west, lat north–south`,
    ]);
    expect(problems(withPhone('{center: [126, 29], zoom: 9}')).join('\n')).toMatch(
      /:\d+:\d+: chapters\[1\]\.view\.phone\.center: expected a place in China .*, found \(126, 29\)/,
    );
  });

  it('refuses a view of no one form, and a fit with a zoom', () => {
    const both = withPhone('{place: harbour, fit: [simen]}');
    expect(problems(both)).toEqual([
      `${atPhone(both, 'phone: ')}view.phone: give exactly one of place, fit or center`,
    ]);
    const zoomed = withPhone('{fit: [harbour, simen], zoom: 9}');
    expect(problems(zoomed)).toEqual([
      `${atPhone(zoomed, 'zoom: ')}view.phone.zoom applies to place, not fit (fit picks its zoom)`,
    ]);
  });

  it('checks its fields as a view’s: a zoom out of range, an unknown field', () => {
    const far = withPhone('{place: harbour, zoom: 25}');
    expect(problems(far)).toEqual([
      `${atPhone(far, 'zoom: ')}chapters[1].view.phone.zoom: expected at most 17, found number 25`,
    ]);
    expect(problems(withPhone('{place: harbour, zom: 9}')).join('\n')).toMatch(
      /chapters\[1\]\.view\.phone: unknown field "zom"/,
    );
  });

  it('refuses a phone view inside a phone view, at the inner one', () => {
    const nested = withPhone('{place: harbour, phone: {place: simen}}');
    expect(problems(nested)).toEqual([
      `${atPhone(nested, 'harbour, ')}chapters[1].view.phone: a phone view cannot have a phone view of its own\n    hint: give the phone's view once, as chapters[1].view.phone`,
    ]);
  });
});
