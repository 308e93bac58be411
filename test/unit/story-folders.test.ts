// What is under stories/ is untrusted: folder names become addresses and links in the index page, links can lead
// anywhere, and files can be any size or encoding. Each bad folder is one located problem; the others still load
// (shared/reviews/faults-and-hostile-input.md, rows 7, 8 and 11).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadStories } from '../../scripts/stories/load-stories';
import { renderIndexPage } from '../../scripts/stories/render-page';
import { formatProblem } from '../../src/check/problem';
import { cpuMs } from './cpu-time';

const minimal = readFileSync('test/unit/fixtures/minimal-story.yaml', 'utf8');
const tmp = mkdtempSync(join(tmpdir(), 'storymap-folders-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A project root with stories/ holding the given folders (name → story.yaml text), and the gazetteer. */
function project(name: string, folders: Record<string, string>): string {
  const root = join(tmp, name);
  mkdirSync(join(root, 'geodata'), { recursive: true });
  writeFileSync(join(root, 'geodata/gazetteer.json'), readFileSync('geodata/gazetteer.json'));
  for (const [folder, text] of Object.entries(folders)) {
    mkdirSync(join(root, 'stories', folder), { recursive: true });
    writeFileSync(join(root, 'stories', folder, 'story.yaml'), text);
  }
  return root;
}

function load(root: string): { slugs: string[]; problems: string[] } {
  const r = loadStories(root);
  return { slugs: r.stories.map((s) => s.slug), problems: r.problems.map(formatProblem) };
}

describe('story folder names', () => {
  it.each([
    ['my story', /is not a valid slug/],
    ['a"b<img src=x>', /is not a valid slug/],
    ['UPPER', /is not a valid slug/],
    ['.hidden', /is not a valid slug/],
    ['x'.repeat(240), /is 240 characters long, the limit is 64/],
  ])('reports %j as a problem of that folder, and loads the others', (name, message) => {
    const root = project(`name-${Math.random().toString(36).slice(2)}`, { good: minimal, [name]: minimal });
    const { slugs, problems } = load(root);
    expect(slugs).toEqual(['good']);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^stories\/.+:1:1: story folder name /);
    expect(problems[0]).toMatch(message);
    // Located at the folder's path; the message names it again, cut short when long.
    expect(problems[0]!.slice(problems[0]!.indexOf(':1:1: ')).length).toBeLessThan(200);
  });

  it('escapes the slug in the index page all the same', () => {
    const page = renderIndexPage([{ slug: 'a"b', title: { zh: 'z', en: 'e' } } as never]);
    expect(page).toContain('href="./a&#34;b/"');
  });
});

describe('links under stories/', () => {
  it('refuses a story folder that links outside stories/, without reading it', () => {
    const root = project('link-out', { good: minimal });
    const outside = join(tmp, 'outside-story');
    mkdirSync(outside);
    writeFileSync(join(outside, 'story.yaml'), minimal);
    symlinkSync(outside, join(root, 'stories/elsewhere'));
    const { slugs, problems } = load(root);
    expect(slugs).toEqual(['good']);
    expect(problems).toEqual([
      expect.stringMatching(
        /^stories\/elsewhere:1:1: story folder is a link to ".*outside-story", outside stories\//,
      ),
    ]);
  });

  it('loads a folder linked within stories/', () => {
    const root = project('link-in', { good: minimal });
    symlinkSync(join(root, 'stories/good'), join(root, 'stories/also'));
    expect(load(root)).toEqual({ slugs: ['also', 'good'], problems: [] });
  });

  it('reports a dangling link as a problem of its own, not an abort (was ENOENT, the others unchecked)', () => {
    const root = project('dangling', { good: minimal, zzz: minimal });
    symlinkSync(join(root, 'nowhere'), join(root, 'stories/broken'));
    const { slugs, problems } = load(root);
    expect(slugs).toEqual(['good', 'zzz']);
    expect(problems).toEqual([
      expect.stringMatching(
        /^stories\/broken:1:1: story folder is a link to ".*nowhere", which does not exist/,
      ),
    ]);
  });

  it.each(['story.yaml', 'source.txt'])('refuses a %s that links out of its folder, unread', (file) => {
    const root = project(`file-link-${file}`, { good: minimal });
    mkdirSync(join(root, 'stories/leaky'));
    const secret = join(tmp, `secret-${file}`);
    writeFileSync(secret, 'root:x:0:0:SECRET\n');
    if (file === 'source.txt') writeFileSync(join(root, 'stories/leaky/story.yaml'), minimal);
    symlinkSync(secret, join(root, 'stories/leaky', file));
    const { slugs, problems } = load(root);
    expect(slugs).toEqual(['good']);
    expect(problems).toEqual([
      `stories/leaky/${file}:1:1: ${file} is a link to a file outside its story folder\n    hint: copy the file in`,
    ]);
    expect(problems.join('\n')).not.toContain('SECRET');
  });

  it('refuses a story.yaml that is not a file', () => {
    const root = project('not-a-file', { good: minimal });
    mkdirSync(join(root, 'stories/odd/story.yaml'), { recursive: true });
    const { slugs, problems } = load(root);
    expect(slugs).toEqual(['good']);
    expect(problems).toEqual(['stories/odd/story.yaml:1:1: story.yaml is not a file']);
  });
});

describe('story files', () => {
  it('refuses a 20 MB story.yaml at once, unparsed', () => {
    const root = project('huge', { good: minimal, huge: '' });
    writeFileSync(join(root, 'stories/huge/story.yaml'), Buffer.alloc(20 * 1024 * 1024, 'a'));
    const start = cpuMs();
    const { slugs, problems } = load(root);
    expect(cpuMs() - start).toBeLessThan(1000);
    expect(slugs).toEqual(['good']);
    expect(problems).toEqual([
      expect.stringMatching(/^stories\/huge\/story\.yaml:1:1: story\.yaml is 20 MB, the limit is 1 MB/),
    ]);
  });

  it('refuses a source.txt over 1 MB', () => {
    const root = project('huge-source', { good: minimal });
    writeFileSync(join(root, 'stories/good/source.txt'), Buffer.alloc(2 * 1024 * 1024, 'a'));
    expect(load(root).problems).toEqual([
      expect.stringMatching(/^stories\/good\/source\.txt:1:1: source\.txt is 2 MB, the limit is 1 MB/),
    ]);
  });

  it('reports invalid UTF-8 at the first bad byte (was: silently U+FFFD)', () => {
    const root = project('gbk', { good: minimal, gbk: '' });
    // 宁波 in GBK, in the middle of line 14.
    const text = Buffer.from(minimal.replace('en: First}', 'en: First XX}'));
    const at = text.indexOf('XX');
    text[at] = 0xc4;
    text[at + 1] = 0xfe;
    writeFileSync(join(root, 'stories/gbk/story.yaml'), text);
    const line = 14;
    const col = minimal.split('\n')[line - 1]!.indexOf('First}') + 'First '.length + 1;
    const { slugs, problems } = load(root);
    expect(slugs).toEqual(['good']);
    expect(problems).toEqual([
      expect.stringMatching(
        new RegExp(
          `^stories/gbk/story\\.yaml:${line}:${col}: story\\.yaml is not valid UTF-8: byte ${at} \\(0xc4\\)`,
        ),
      ),
    ]);
  });

  it('counts columns in characters after valid multi-byte text, and reads a BOM as nothing', () => {
    const root = project('utf8-col', { x: '' });
    writeFileSync(
      join(root, 'stories/x/story.yaml'),
      Buffer.concat([Buffer.from('\ufefftitle: 标题'), Buffer.from([0xff])]),
    );
    expect(load(root).problems[0]).toMatch(
      /^stories\/x\/story\.yaml:1:10: story\.yaml is not valid UTF-8: byte 16 \(0xff\)/,
    );
  });

  it.each([
    ['a truncated sequence', [0xe5, 0xae]],
    ['an overlong form', [0xc0, 0xaf]],
    ['a surrogate', [0xed, 0xa0, 0x80]],
    ['past U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
    ['a lone continuation byte', [0x80]],
  ])('refuses %s', (_name, bytes) => {
    const root = project(`bad-utf8-${bytes.join('-')}`, { x: '' });
    writeFileSync(
      join(root, 'stories/x/story.yaml'),
      Buffer.concat([Buffer.from('a: b\n'), Buffer.from(bytes)]),
    );
    expect(load(root).problems[0]).toMatch(
      /^stories\/x\/story\.yaml:2:1: story\.yaml is not valid UTF-8: byte 5 /,
    );
  });
});

describe('one story that crashes the checker or the build does not stop the others', () => {
  it('reports an alias bomb at its line and loads the other stories', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]']
      .concat(
        ['c', 'd', 'e', 'f'].map((k, i) => `${k}: &${k} [${`*${'abcde'[i]}, `.repeat(10).slice(0, -2)}]`),
      )
      .join('\n');
    const root = project('bomb', { aaa: bomb, good: minimal });
    const { slugs, problems } = load(root);
    expect(slugs).toEqual(['good']);
    expect(problems).toEqual([expect.stringMatching(/^stories\/aaa\/story\.yaml:2:8: YAML aliases/)]);
  });
});
