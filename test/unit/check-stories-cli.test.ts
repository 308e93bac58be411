// Runs the real command-line tools the way an editor does, so what they see in the terminal (path:line:col,
// the message, the exit code, no stack trace) is tested end to end, not only checkStory's return value.
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { starterStory } from '../../scripts/stories/starter-story';
import { DEFECTS, lineOf, MINIMAL, MINIMAL_SOURCE, withDefect } from './story-defects';

const root = resolve(import.meta.dirname, '../..');
const tmp = mkdtempSync(join(tmpdir(), 'storymap-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const STACK = /\n\s+at /;
// Each spawn starts tsx from cold; on a loaded machine that can take several seconds.
const SLOW = 60_000;

interface Ran {
  code: number | null;
  out: string;
}

/** A tool as `npm run` starts it, less npx's own start: node with tsx's loader. */
function run(script: string, ...args: string[]): Ran {
  const r = spawnSync(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return { code: r.status, out: r.stdout + r.stderr };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// The first quote reworded: exactly one is not verbatim.
const REWORDED = MINIMAL_SOURCE.replace('总产值100', '其总产值为100');
// What an editor's terminal must show, for a sample of the defects the unit test checks in-process: shape, syntax,
// cross-field and figure problems.
const SAMPLE = [
  'a YAML syntax error',
  'a missing field',
  'an unknown field',
  'a duplicate id',
  'an unknown place',
  'swapped lon/lat',
  'a zoom closer than the basemap holds to',
  'an English unit that carries a magnitude, beside a value that matches its quote',
  'a missing scale',
  'HTML in a text',
  'an empty chapter list',
];

/** `r` is the checker's output on `folder`, alone or among others: its one problem, at the needle's line. */
function expectReported(folder: string, needle: string, message: RegExp, r: Ran): void {
  // The checker names files relative to the project, as an editor's terminal shows them.
  const file = relative(root, join(folder, 'story.yaml'));
  const line = lineOf(readFileSync(join(folder, 'story.yaml'), 'utf8'), needle);
  const { code, out } = r;
  expect(code, out).toBe(1);
  expect(out).toMatch(new RegExp(`^${escape(file)}:${line}:\\d+: [^\\n]*${message.source}`, 'm'));
  // One defect should give one problem, not a cascade the editor has to wade through.
  expect(out.match(new RegExp(`^${escape(file)}:\\d+:\\d+: `, 'gm')), out).toHaveLength(1);
  expect(out).not.toMatch(STACK);
}

// A folder name the checker accepts as a slug.
const slugOf = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 40)
    .replace(/^-+|-+$/g, '');

function storyFolder(name: string, text: string, source?: string): string {
  const dir = join(tmp, name);
  mkdirSync(dir);
  writeFileSync(join(dir, 'story.yaml'), text);
  if (source !== undefined) writeFileSync(join(dir, 'source.txt'), source);
  return dir;
}

describe('check:stories on broken stories', { timeout: SLOW }, () => {
  const sampled = DEFECTS.filter(([name]) => SAMPLE.includes(name));
  // Every broken story in one run of the checker, as `npm run check:stories -- a b c` takes them: each must still
  // show its own one problem, and the run must count them all.
  const folders = new Map<string, string>();
  let checked: Ran;
  beforeAll(() => {
    for (const defect of sampled) folders.set(defect[0], storyFolder(slugOf(defect[0]), withDefect(defect)));
    folders.set('bad-source', storyFolder('bad-source', MINIMAL, REWORDED));
    checked = run('scripts/check-stories.ts', ...folders.values());
  }, SLOW);

  it.each(sampled)('reports %s at its line', (...defect) => {
    const [name, , needle, message] = defect;
    expectReported(folders.get(name)!, needle, message, checked);
  });

  it('samples defects that exist', () => {
    expect(sampled).toHaveLength(SAMPLE.length);
  });

  it('reports a quote that is not verbatim in source.txt', () => {
    expectReported(
      folders.get('bad-source')!,
      'quote: "总产值',
      /quote "总产值100\.7亿元" does not occur verbatim/,
      checked,
    );
  });

  it('counts one problem for each broken story', () => {
    expect(checked.out).toMatch(new RegExp(`^${folders.size} problem\\(s\\) found\\.$`, 'm'));
  });
});

describe('check:stories on good stories', { timeout: SLOW }, () => {
  it('passes the minimal fixture', () => {
    // Copied into a folder as story.yaml: the CLI takes no other file name.
    const { code, out } = run('scripts/check-stories.ts', storyFolder('minimal', MINIMAL, MINIMAL_SOURCE));
    expect(code, out).toBe(0);
    // With the region the basemap must cover for it: around Ningbo, where the fixture's places are.
    expect(out).toMatch(
      /^ok {2}.*minimal \(2 chapters; region 1[12]\d\.\d\d–12\d\.\d\d E, 2\d\.\d\d–3\d\.\d\d N\)/m,
    );
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
    expect(schema.safeParse(parse(MINIMAL.replace('harbour, zoom', 'harbour, zoooom'))).success).toBe(false);
  });
});

describe('npm run build on a broken story', { timeout: SLOW }, () => {
  it('stops with the problems at their lines, and no stack trace', () => {
    // A copy of the project with one wrong figure, so the real stories and dist/ are never touched.
    const copy = join(tmp, 'project');
    for (const part of [
      'src',
      'scripts',
      'stories',
      'geodata',
      'public',
      'vite.config.ts',
      'tsconfig.json',
      'package.json',
    ])
      cpSync(join(root, part), join(copy, part), { recursive: true });
    symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
    const file = 'stories/ningbo-town-race/story.yaml';
    const text = readFileSync(join(copy, file), 'utf8').replace(
      '{zh: 万人次, en: visits}',
      '{zh: 万人次, en: "×10,000 visits"}',
    );
    writeFileSync(join(copy, file), text);
    const r = spawnSync('npx', ['vite', 'build', '--outDir', join(tmp, 'out')], {
      cwd: copy,
      encoding: 'utf8',
    });
    const out = r.stdout + r.stderr;
    expect(r.status, out).toBe(1);
    expect(out).toMatch(
      new RegExp(
        `^${escape(file)}:${lineOf(text, '×10,000 visits')}:\\d+: unit\\.en "×10,000 visits" carries a magnitude`,
        'm',
      ),
    );
    expect(out).not.toMatch(STACK);
    expect(existsSync(join(tmp, 'out'))).toBe(false);
  });
});
