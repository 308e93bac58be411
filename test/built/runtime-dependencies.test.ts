// What readers' browsers run must be declared as `dependencies`, so that `npm audit --omit=dev` and licence tools
// see it; everything else (build, checks, tests) stays in devDependencies. "What runs" is what the bundler keeps:
// the packages with code in a bundle of the modules the pages, the embed script and the <story-map> element start
// from (a package imported only by code that tree-shaking drops, such as @turf/turf, runs nowhere).
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build, type Plugin, type Rolldown } from 'vite';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const ENTRIES = ['src/page/main.ts', 'src/iframe/main.ts', 'src/host/embed.ts', 'src/element/mount-story.ts'];

const pkg = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
};
const declared = new Set([...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.devDependencies ?? {})]);

/** A file's URL is a string: what it points at is no code of ours (and geodata may not be built yet). */
function urlsAsStrings(): Plugin {
  return {
    name: 'test:urls-as-strings',
    enforce: 'pre',
    resolveId: (id) => (id.endsWith('?url') ? `\0url:${id}` : null),
    load: (id) => (id.startsWith('\0url:') ? 'export default "";' : null),
  };
}

function packageOf(moduleId: string): string | null {
  const path = moduleId.split('/node_modules/').at(1);
  if (!path) return null;
  const parts = path.split('/');
  return path.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

/** The packages named in package.json whose code is in the bundle of `entries`. */
async function bundledPackages(entries: string[]): Promise<Set<string>> {
  const result = await build({
    configFile: false,
    root: ROOT,
    logLevel: 'silent',
    plugins: [urlsAsStrings(), svelte({ configFile: false, emitCss: false })],
    build: { write: false, minify: false, target: 'es2022', rollupOptions: { input: entries } },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const packages = new Set<string>();
  for (const chunk of outputs.flatMap((o) => o.output))
    if (chunk.type === 'chunk')
      for (const [id, module] of Object.entries(chunk.modules)) {
        const name = packageOf(id);
        // Packages that come in with a declared one (svelte's clsx) are that one's to declare.
        if (name && module.renderedLength > 0 && declared.has(name)) packages.add(name);
      }
  return packages;
}

let runtime: Set<string>;
beforeAll(async () => {
  runtime = await bundledPackages(ENTRIES);
}, 60_000);

describe('declared dependencies', () => {
  it('are exactly the packages whose code the built pages and the element run', () => {
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
