// Runs the real command-line tools the way an editor does, so what they see in the terminal (path:line:col,
// the message, the exit code, no stack trace) is tested end to end, not only checkStory's return value.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
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

// Each fixture is minimal-story.yaml with one defect. They are folders holding a story.yaml because the CLI
// only accepts a file named story.yaml or a story folder. [folder, text on the defect's line, message]
const BAD: [string, string, RegExp][] = [
  ['yaml-syntax', 'en: Text: Author', /YAML syntax: /],
  ['missing-field', 'id: two', /chapters\[1\]\.alt: missing/],
  ['wrong-type', 'value: "many"', /metrics\[0\]\.value: expected a number, found string "many"/],
  ['unknown-field', 'zoooom', /unknown field "zoooom"/],
  ['duplicate-id', 'id: one\n    title: {zh: 二', /duplicate chapter id "one"/],
  ['bad-id', 'id: Two_2', /chapters\[1\]\.id: must use lower-case/],
  ['unknown-place', 'simne', /unknown place "simne"\n {4}hint: did you mean "simen"\?/],
  ['lon-lat-swapped', 'lon: 29.93', /lon and lat look swapped/],
  ['outside-region', 'lon: 116.4', /outside the map's region/],
  ['zoom-range', 'zoom: 25', /view\.zoom: expected at most 17, found number 25/],
  ['pitch-range', 'pitch: 75', /view\.pitch: expected at most 60, found number 75/],
  ['bearing-range', 'bearing: 270', /view\.bearing: expected at most 180, found number 270/],
  ['place-and-fit', 'fit: [simen]', /give exactly one of place, fit or center/],
  ['no-place-or-fit', 'view: {}', /give exactly one of place, fit or center/],
  ['missing-translation', 'text: {zh: 第一段}', /text\.en: missing \(the English translation\)/],
  ['empty-chapters', 'chapters: []', /chapters: a story needs at least one chapter/],
  ['metric-no-quote', 'value: 100.7', /metrics\[0\]\.quote: missing/],
  ['metric-value-not-in-quote', 'value: 10.7', /value 10\.7 does not occur in its quote/],
  ['html-in-text', '<script>', /text\.en: must be plain text, found HTML or script/],
];

function expectReported(folder: string, needle: string, message: RegExp): void {
  const file = `${folder}/story.yaml`;
  const line = lineOf(readFileSync(join(root, file), 'utf8'), needle);
  const { code, out } = run('scripts/check-stories.ts', folder);
  expect(code, out).toBe(1);
  expect(out).toMatch(new RegExp(`^${escape(file)}:${line}:\\d+: [^\\n]*${message.source}`, 'm'));
  // One defect should give one problem, not a cascade the editor has to wade through.
  expect(out.match(new RegExp(`^${escape(file)}:\\d+:\\d+: `, 'gm')), out).toHaveLength(1);
  expect(out).not.toMatch(STACK);
}

describe('check:stories on broken stories', { timeout: SLOW }, () => {
  it.each(BAD)('reports %s at its line', (name, needle, message) => {
    expectReported(`test/unit/fixtures/bad/${name}`, needle, message);
  });

  it('reports a quote that is not verbatim in source.txt', () => {
    expectReported(
      'test/unit/fixtures/bad-source',
      'quote: "总产值',
      /quote "总产值100\.7亿元" does not occur verbatim/,
    );
  });
});

describe('check:stories on good stories', { timeout: SLOW }, () => {
  it('passes the minimal fixture', () => {
    // Copied into a folder as story.yaml: the CLI takes no other file name.
    mkdirSync(join(tmp, 'minimal'));
    cpSync(join(root, 'test/unit/fixtures/minimal-story.yaml'), join(tmp, 'minimal/story.yaml'));
    const { code, out } = run('scripts/check-stories.ts', join(tmp, 'minimal'));
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
    expect(schema.safeParse(yaml('test/unit/fixtures/bad/unknown-field/story.yaml')).success).toBe(false);
  });
});
