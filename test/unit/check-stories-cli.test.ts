// Runs the real command-line tools the way an editor does, so what they see in the terminal (path:line:col,
// the message, the exit code, no stack trace) is tested end to end, not only checkStory's return value.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { starterStory } from '../../scripts/stories/starter-story';

const root = resolve(import.meta.dirname, '../..');
const tmp = mkdtempSync(join(tmpdir(), 'storymap-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const STACK = /\n\s+at /;
// Each spawn starts tsx from cold; on a loaded machine that can take several seconds.
const SLOW = 60_000;

function run(script: string, ...args: string[]): { code: number | null; out: string } {
  const r = spawnSync('npx', ['tsx', script, ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, out: r.stdout + r.stderr };
}

/** The 1-based line of `needle` in `text`; fails loudly if the fixture no longer contains it. */
function lineOf(text: string, needle: string): number {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`fixture does not contain ${JSON.stringify(needle)}`);
  return text.slice(0, at).split('\n').length;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const minimal = readFileSync(join(root, 'test/unit/fixtures/minimal-story.yaml'), 'utf8');
// Every quote and excerpt of the minimal story, with the first quote reworded: exactly one is not verbatim.
const SOURCE =
  '其总产值为100.7亿元。实际利用外资2150万美元,同比增长113.5%。占农业总产值的64%。120起,同比下降56.9%。今年上半年';

// Each case is minimal-story.yaml with one defect, written into a story folder (the CLI only accepts a file named
// story.yaml or a story folder): [name, [text, replacement], text on the defect's line, message].
const BAD: [string, [string, string], string, RegExp][] = [
  ['yaml-syntax', ['en: Author', 'en: Text: Author'], 'en: Text: Author', /YAML syntax: /],
  ['missing-field', ['    alt: {zh: 全景, en: Overview}\n', ''], 'id: two', /chapters\[1\]\.alt: missing/],
  [
    'wrong-type',
    ['value: 100.7', 'value: "many"'],
    'value: "many"',
    /metrics\[0\]\.value: expected a number, found string "many"/,
  ],
  ['unknown-field', ['harbour, zoom: 10', 'harbour, zoooom: 10'], 'zoooom', /unknown field "zoooom"/],
  ['duplicate-id', ['id: two', 'id: one'], 'id: one\n    title: {zh: 二', /duplicate chapter id "one"/],
  ['bad-id', ['id: two', 'id: Two_2'], 'id: Two_2', /chapters\[1\]\.id: must use lower-case/],
  ['unknown-place', ['simen]', 'simne]'], 'simne', /unknown place "simne"\n {4}hint: did you mean "simen"\?/],
  [
    'lon-lat-swapped',
    ['lon: 121.85, lat: 29.93', 'lon: 29.93, lat: 121.85'],
    'lon: 29.93',
    /lon and lat look swapped/,
  ],
  [
    'outside-region',
    ['lon: 121.85, lat: 29.93', 'lon: 116.4, lat: 39.9'],
    'lon: 116.4',
    /outside the map's region/,
  ],
  ['zoom-range', ['zoom: 10', 'zoom: 25'], 'zoom: 25', /view\.zoom: expected at most 17, found number 25/],
  [
    'zoom-beyond-basemap',
    ['zoom: 10', 'zoom: 12.5'],
    'zoom: 12.5',
    /view\.zoom 12\.5 is closer than the basemap holds to \(zoom 11\)/,
  ],
  [
    'pitch-range',
    ['zoom: 10}', 'zoom: 10, pitch: 75}'],
    'pitch: 75',
    /view\.pitch: expected at most 60, found number 75/,
  ],
  [
    'bearing-range',
    ['zoom: 10}', 'zoom: 10, bearing: 270}'],
    'bearing: 270',
    /view\.bearing: expected at most 180, found number 270/,
  ],
  [
    'place-and-fit',
    ['{place: harbour, zoom: 10}', '{place: harbour, fit: [simen]}'],
    'fit: [simen]',
    /give exactly one of place, fit or center/,
  ],
  [
    'no-place-or-fit',
    ['view: {fit: [harbour, simen]}', 'view: {}'],
    'view: {}',
    /give exactly one of place, fit or center/,
  ],
  [
    'missing-translation',
    ['text: {zh: 第一段, en: First}', 'text: {zh: 第一段}'],
    'text: {zh: 第一段}',
    /text\.en: missing \(the English translation\)/,
  ],
  [
    'empty-chapters',
    [minimal.slice(minimal.indexOf('chapters:\n')), 'chapters: []\n'],
    'chapters: []',
    /chapters: a story needs at least one chapter/,
  ],
  ['metric-no-quote', [', quote: "总产值100.7亿元"', ''], 'value: 100.7', /metrics\[0\]\.quote: missing/],
  [
    'metric-value-not-in-quote',
    ['value: 100.7', 'value: 10.7'],
    'value: 10.7',
    /value 10\.7 does not occur in its quote/,
  ],
  [
    'unit-with-magnitude',
    ['en: yuan}', 'en: "100 million yuan"}'],
    '100 million yuan',
    /unit\.en "100 million yuan" carries a magnitude/,
  ],
  [
    'html-in-text',
    ['en: First}', 'en: "First <script>alert(1)</script>"}'],
    '<script>',
    /text\.en: must be plain text, found HTML or script/,
  ],
];

function expectReported(folder: string, needle: string, message: RegExp): void {
  // The checker names files relative to the project, as an editor's terminal shows them.
  const file = relative(root, join(folder, 'story.yaml'));
  const line = lineOf(readFileSync(join(folder, 'story.yaml'), 'utf8'), needle);
  const { code, out } = run('scripts/check-stories.ts', folder);
  expect(code, out).toBe(1);
  expect(out).toMatch(new RegExp(`^${escape(file)}:${line}:\\d+: [^\\n]*${message.source}`, 'm'));
  // One defect should give one problem, not a cascade the editor has to wade through.
  expect(out.match(new RegExp(`^${escape(file)}:\\d+:\\d+: `, 'gm')), out).toHaveLength(1);
  expect(out).not.toMatch(STACK);
}

function storyFolder(name: string, text: string, source?: string): string {
  const dir = join(tmp, name);
  mkdirSync(dir);
  writeFileSync(join(dir, 'story.yaml'), text);
  if (source !== undefined) writeFileSync(join(dir, 'source.txt'), source);
  return dir;
}

describe('check:stories on broken stories', { timeout: SLOW }, () => {
  it.each(BAD)('reports %s at its line', (name, [from, to], needle, message) => {
    const bad = minimal.replace(from, to);
    expect(bad).not.toBe(minimal);
    expectReported(storyFolder(name, bad), needle, message);
  });

  it('reports a quote that is not verbatim in source.txt', () => {
    expectReported(
      storyFolder('bad-source', minimal, SOURCE),
      'quote: "总产值',
      /quote "总产值100\.7亿元" does not occur verbatim/,
    );
  });
});

describe('check:stories on good stories', { timeout: SLOW }, () => {
  it('passes the minimal fixture', () => {
    // Copied into a folder as story.yaml: the CLI takes no other file name.
    const { code, out } = run(
      'scripts/check-stories.ts',
      storyFolder('minimal', minimal, SOURCE.replace('其总产值为', '总产值')),
    );
    expect(code, out).toBe(0);
    expect(out).toMatch(/^ok {2}.*minimal \(2 chapters\)/m);
  });
});

describe('new-story', { timeout: SLOW }, () => {
  const dir = join(tmp, 'scaffold');
  beforeAll(() => mkdirSync(dir));

  it('scaffolds a story that passes the checker', () => {
    const made = run('scripts/new-story.ts', 'harbour-history', '--dir', dir);
    expect(made.code, made.out).toBe(0);
    expect(made.out).toContain('check:stories');
    const story = readFileSync(join(dir, 'harbour-history/story.yaml'), 'utf8');
    expect(story.split('\n')[0]).toBe('# yaml-language-server: $schema=../story.schema.json');
    const { code, out } = run('scripts/check-stories.ts', join(dir, 'harbour-history'));
    expect(code, out).toBe(0);
  });

  it('refuses to overwrite an existing folder', () => {
    const file = join(dir, 'kept/story.yaml');
    mkdirSync(join(dir, 'kept'));
    writeFileSync(file, 'an editor’s work\n');
    const { code, out } = run('scripts/new-story.ts', 'kept', '--dir', dir);
    expect(code, out).toBe(1);
    expect(out).toMatch(/already exists/);
    expect(out).not.toMatch(STACK);
    expect(readFileSync(file, 'utf8')).toBe('an editor’s work\n');
  });

  it.each(['Harbour', 'harbour_history', 'harbour--history', 'harbour-', '中文'])(
    'rejects the slug %j',
    (slug) => {
      const { code, out } = run('scripts/new-story.ts', slug, '--dir', dir);
      expect(code, out).toBe(1);
      expect(out).toMatch(/^new-story: .*not a valid slug/m);
      expect(out).not.toMatch(STACK);
      expect(existsSync(join(dir, slug))).toBe(false);
    },
  );
});

describe('story JSON Schema', { timeout: SLOW }, () => {
  it('is up to date (story-schema --check)', () => {
    const { code, out } = run('scripts/story-schema.ts', '--check');
    expect(code, out).toBe(0);
  });

  it('accepts the valid stories and the starter, and rejects an unknown field', () => {
    // fromJSONSchema is semi-experimental in zod 4; it is only a stand-in for an editor's validator here.
    const jsonSchema = JSON.parse(
      readFileSync(join(root, 'stories/story.schema.json'), 'utf8'),
    ) as Parameters<typeof z.fromJSONSchema>[0];
    const schema = z.fromJSONSchema(jsonSchema);
    const yaml = (file: string): unknown => parse(readFileSync(join(root, file), 'utf8'));
    expect(schema.safeParse(yaml('test/unit/fixtures/minimal-story.yaml')).success).toBe(true);
    expect(schema.safeParse(yaml('stories/ningbo-town-race/story.yaml')).success).toBe(true);
    expect(schema.safeParse(parse(starterStory('x'))).success).toBe(true);
    expect(schema.safeParse(parse(minimal.replace('harbour, zoom', 'harbour, zoooom'))).success).toBe(false);
  });
});
