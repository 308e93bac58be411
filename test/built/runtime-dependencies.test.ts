// What readers' browsers run must be declared as `dependencies`, so that `npm audit --omit=dev` and licence tools
// see it; everything else (build, checks, tests) stays in devDependencies. "What runs" is what the bundler kept in
// the build: the packages with code in the pages, the embed script and the <story-map> element, as each build
// recorded them (scripts/bundled-packages.ts). A package imported only by code that tree-shaking drops, such as
// @turf/turf, runs nowhere.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packagesFile } from '../../scripts/bundled-packages';

const ROOT = resolve(import.meta.dirname, '../..');
/** `vite build` (the pages), and scripts/build-embed.ts (the element and embed.js). */
const BUILDS = ['pages', 'element', 'embed'];

const pkg = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
};
const declared = new Set([...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.devDependencies ?? {})]);

function bundled(): Set<string> {
  const runtime = new Set<string>();
  for (const build of BUILDS) {
    const file = resolve(ROOT, 'dist', packagesFile(build));
    if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first`);
    for (const name of JSON.parse(readFileSync(file, 'utf8')) as string[])
      // Packages that come in with a declared one are that one's to declare.
      if (declared.has(name)) runtime.add(name);
  }
  return runtime;
}

describe('declared dependencies', () => {
  it('are exactly the packages whose code the built pages and the element run', () => {
    const runtime = bundled();
    expect(runtime).toContain('maplibre-gl');
    expect(runtime).toContain('svelte');
    expect(Object.keys(pkg.dependencies ?? {}).sort()).toEqual([...runtime].sort());
  });

  it('leave the tools in devDependencies, each package in one list only', () => {
    const dev = Object.keys(pkg.devDependencies ?? {});
    for (const tool of ['vite', 'vitest', 'typescript', '@sveltejs/vite-plugin-svelte', 'playwright-core'])
      expect(dev).toContain(tool);
    expect(dev.filter((name) => name in (pkg.dependencies ?? {}))).toEqual([]);
  });
});
