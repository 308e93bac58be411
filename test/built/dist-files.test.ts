// What dist/ ships: each script once. The <story-map> element loads MapLibre from the pages' own chunk rather
// than from a byte-identical copy of its own (950 KB more to publish, and to download for a reader who has seen a
// story page).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const DIST = resolve(import.meta.dirname, '../../dist');

function scripts(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? scripts(join(dir, e.name)) : e.name.endsWith('.js') ? [join(dir, e.name)] : [],
  );
}

describe('dist/', () => {
  it('holds no two identical scripts', () => {
    const byHash = new Map<string, string[]>();
    for (const file of scripts(DIST)) {
      const hash = createHash('sha256').update(readFileSync(file)).digest('hex');
      byHash.set(hash, [...(byHash.get(hash) ?? []), relative(DIST, file)]);
    }
    expect([...byHash.values()].filter((files) => files.length > 1)).toEqual([]);
  });

  it('holds one MapLibre chunk, which the story pages and the <story-map> element both import', () => {
    const chunks = readdirSync(join(DIST, 'assets')).filter((n) => /^maplibre-(?!gl-)[\w-]+\.js$/.test(n));
    expect(chunks).toHaveLength(1);
    const element = readFileSync(join(DIST, 'story-map-element.js'), 'utf8');
    expect(element).toContain(`./assets/${chunks[0]}`);
    const pages = scripts(join(DIST, 'assets')).filter((f) =>
      readFileSync(f, 'utf8').includes(`./${chunks[0]}`),
    );
    expect(pages.length).toBeGreaterThan(0);
  });
});
