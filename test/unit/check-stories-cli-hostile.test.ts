// The real CLI on a folder of stories where some are hostile: each bad one is a located problem, the good one is
// still checked, and nothing prints a stack trace (review rows 8 and 10: an alias bomb stopped the run with
// yaml's message and no location; a dangling link aborted it).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const tmp = mkdtempSync(join(tmpdir(), 'storymap-cli-hostile-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const minimal = readFileSync(join(root, 'test/unit/fixtures/minimal-story.yaml'), 'utf8');
const bomb = [
  'a: &a [x, x, x, x, x, x, x, x, x, x]',
  'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]',
  'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]',
  'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]',
].join('\n');

it('checks every story of a folder, reporting the hostile ones at their place', { timeout: 60_000 }, () => {
  const stories = join(tmp, 'stories');
  const folders = { 'a-bomb': bomb, 'b-good': minimal, 'c-deep': `x: ${'['.repeat(5_000)}` };
  for (const [name, text] of Object.entries(folders)) {
    mkdirSync(join(stories, name), { recursive: true });
    writeFileSync(join(stories, name, 'story.yaml'), text);
  }
  symlinkSync(join(tmp, 'nowhere'), join(stories, 'd-dangling'));
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check-stories.ts', stories], {
    cwd: root,
    encoding: 'utf8',
  });
  const out = r.stdout + r.stderr;
  const at = (name: string) => relative(root, join(stories, name));
  expect(r.status, out).toBe(1);
  expect(out).toMatch(new RegExp(`^${at('a-bomb/story.yaml')}:2:8: YAML aliases`, 'm'));
  expect(out).toMatch(new RegExp(`^ok {2}.*b-good \\(2 chapters[;)]`, 'm'));
  expect(out).toMatch(
    new RegExp(`^${at('c-deep/story.yaml')}:1:\\d+: YAML nested more than 100 levels`, 'm'),
  );
  expect(out).toMatch(
    new RegExp(`^${at('d-dangling')}:1:1: story folder is a link to .*, which does not exist`, 'm'),
  );
  expect(out).toMatch(/^3 problem\(s\) found\.$/m);
  expect(out).not.toMatch(/\n\s+at /);
});
