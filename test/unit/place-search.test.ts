import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/geo/gazetteer';
import { checkStory } from '../../src/check/check';
import { formatProblem } from '../../src/check/problem';
import { loadCoverage } from '../../scripts/stories/load-stories';
import { loadPlaceIndex } from '../../scripts/places/place-index';
import { latinKey, searchPlaces, type PlaceRecord } from '../../scripts/places/place-search';
import { placeYaml } from '../../scripts/places/place-yaml';
import { placeAnswer } from '../../scripts/places/place-answer';
import { MINIMAL } from './story-defects';

const record = (zh: string, en: string, pinyin: string, precision_m = 1000): PlaceRecord => ({
  kind: 'county',
  id: latinKey(en),
  name: { zh, en },
  zhNames: [zh],
  latinNames: [en, pinyin],
  lon: 121,
  lat: 30,
  precision_m,
  approximate: true,
  precisionNote: 'test',
  source: 'test',
  where: 'test',
});
const RECORDS = [
  record('磁县', 'Ci County', 'Cí Xiàn'),
  record('慈溪市', 'Cixi City', 'Cíxī Shì', 30_000),
  record('海曙区', 'Haishu District', 'Hăishŭ Qū'),
  record('新慈溪区', 'Xincixi District', 'Xīncíxī Qū'),
];
const names = (q: string) => searchPlaces(RECORDS, q).map((m) => m.record.name.zh);

describe('searchPlaces', () => {
  it.each(['慈溪', '慈溪市', 'Cixi', 'cixi', 'CIXI', 'Cíxī', 'ci xi', 'Cixi City', 'cíxī shì'])(
    'finds 慈溪市 first by %s',
    (q) => {
      expect(names(q)[0]).toBe('慈溪市');
      expect(searchPlaces(RECORDS, q)[0]!.tier).toBe(0);
    },
  );

  it('ranks a whole name before a start before a part', () => {
    // 磁县 "Cí Xiàn" starts with "cixi"; 新慈溪区 holds it.
    expect(names('cixi')).toEqual(['慈溪市', '磁县', '新慈溪区']);
    expect(names('慈溪')).toEqual(['慈溪市', '新慈溪区']);
  });

  it('reads breves as the data writes tones, and an English kind word', () => {
    expect(names('Haishu')).toEqual(['海曙区']);
    expect(names('haishu district')).toEqual(['海曙区']);
    expect(names('Hǎishǔ')).toEqual(['海曙区']);
  });

  it('finds nothing for no name', () => {
    expect(names('')).toEqual([]);
    expect(names('  ,, ')).toEqual([]);
    expect(names('Atlantis')).toEqual([]);
  });
});

describe('the place index', () => {
  const index = loadPlaceIndex();
  const gazetteer = JSON.parse(readFileSync('geodata/gazetteer.json', 'utf8')) as Gazetteer;
  const coverage = loadCoverage();

  it.each(['慈溪', 'Cixi', 'cixi', 'Cíxī'])('knows Cixi, Ningbo, as a county of its extent: %s', (q) => {
    const [best] = searchPlaces(index, q);
    expect(best!.record).toMatchObject({ kind: 'county', name: { zh: '慈溪市', en: 'Cixi City' } });
    expect(best!.record.source).toMatch(/330282/);
    // The county reaches far from any one point in it: a precision of metres would be a lie.
    expect(best!.record.precision_m).toBeGreaterThan(10_000);
    expect(best!.record.approximate).toBe(true);
  });

  it('puts the curated gazetteer first', () => {
    expect(searchPlaces(index, '庄市')[0]!.record).toMatchObject({ kind: 'gazetteer', id: 'zhuangshi' });
    expect(searchPlaces(index, 'Zhuangshi')[0]!.record.id).toBe('zhuangshi');
  });

  it('finds a city Natural Earth names in traditional characters by its sound', () => {
    const [best] = searchPlaces(index, '兰州');
    expect(best!.record).toMatchObject({
      kind: 'populated-place',
      name: { en: 'Lanzhou' },
      precision_m: 5000,
    });
  });

  it.each(['慈溪', '兰州', '庄市', 'Singapore', 'Gulou'])(
    'writes an entry for %s that a story passes the checker with',
    (q) => {
      const { record } = searchPlaces(index, q)[0]!;
      const entry = placeYaml(record, 'found');
      const story = MINIMAL.replace('places:\n', `places:\n${entry}\n`).replace(
        'view: {fit: [harbour, simen]}',
        'view: {place: found}',
      );
      const r = checkStory({ file: 'stories/x/story.yaml', text: story, gazetteer, coverage });
      expect(r.problems.map(formatProblem)).toEqual([]);
      expect(r.ok && r.story.places?.found).toMatchObject({ lon: record.lon, lat: record.lat });
    },
  );

  it('marks a name the data has no English for, and the checker warns of it', () => {
    const taipei = index.find((r) => r.kind === 'county' && r.name.zh === '台北市')!;
    const entry = placeYaml(taipei, 'found');
    expect(entry).toMatch(/en: "\[to translate\] 台北市"/);
    const story = MINIMAL.replace('places:\n', `places:\n${entry}\n`);
    const r = checkStory({ file: 'stories/x/story.yaml', text: story, gazetteer, coverage });
    expect(r.ok).toBe(true);
    expect(r.problems.map(formatProblem).join('\n')).toMatch(
      /warning: still marked \[to translate\]: a person must translate it/,
    );
  });

  it("answers the author tools' search with a label and an entry for each match", () => {
    const [cixi] = placeAnswer('cixi').matches;
    expect(cixi!.label).toBe('慈溪市 Cixi City (county-level division, 浙江省 宁波市)');
    expect(cixi!.yaml).toMatch(/^# precision: .*\ncixi:\n {2}name: \{zh: "慈溪市", en: "Cixi City"\}\n/);
    expect(placeAnswer('x'.repeat(101)).matches).toEqual([]);
  });
});
