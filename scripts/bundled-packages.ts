// Which packages have code in what a build writes, beside Vite's own manifest (dist/.vite/packages-<build>.json):
// the test of the declared dependencies (test/built/runtime-dependencies.test.ts) reads it from the real build
// instead of bundling the site a second time.
import type { Plugin } from 'vite';

/**
 * The package a module of node_modules belongs to (a scoped one with its scope), or null for our own code. A package
 * installed inside another's folder counts as that one's: declaring it is that one's business.
 */
export function packageOf(moduleId: string): string | null {
  const path = moduleId.split('/node_modules/').at(1);
  if (!path) return null;
  const parts = path.split('/');
  return path.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

export const packagesFile = (build: string) => `.vite/packages-${build}.json`;

export function bundledPackages(build: string): Plugin {
  return {
    name: 'storymap:bundled-packages',
    enforce: 'post',
    generateBundle(_, bundle) {
      const packages = new Set<string>();
      for (const chunk of Object.values(bundle))
        if (chunk.type === 'chunk')
          for (const [id, module] of Object.entries(chunk.modules)) {
            const name = packageOf(id);
            // What tree-shaking dropped runs nowhere.
            if (name && module.renderedLength > 0) packages.add(name);
          }
      this.emitFile({
        type: 'asset',
        fileName: packagesFile(build),
        source: `${JSON.stringify([...packages].sort(), null, 2)}\n`,
      });
    },
  };
}
