// The README's picture of the tree is the tree: every folder of src/ (and of src/map/) is named there, and every
// path it names exists, so a move that forgets the README fails here.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const readme = readFileSync('README.md', 'utf8');
const folders = (dir: string) =>
  readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => `${dir}/${d.name}/`);

describe("the README's tree", () => {
  it('names every folder of src/ and src/map/', () => {
    const all = [...folders('src'), ...folders('src/map')];
    expect(all.length).toBeGreaterThan(10);
    expect(all.filter((f) => !readme.includes(`\`${f}`))).toEqual([]);
  });

  it('names only paths that exist', () => {
    const named = [...readme.matchAll(/`((?:src|scripts|bench|test|docs)\/[\w./-]*)`/g)].map((m) => m[1]!);
    expect(named.length).toBeGreaterThan(10);
    expect(named.filter((p) => !p.includes('*') && !existsSync(p))).toEqual([]);
  });
});
