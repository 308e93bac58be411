// What the budgets weigh: the built files gzipped at level 9, independent of how any server compresses them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface AssetSizes {
  /**
   * The pages' own JavaScript: every script in assets/ but MapLibre's chunks and its worker. (The <story-map>
   * element's module, dist/story-map-element.js, is loaded only by news pages that use the element.)
   */
  ownJs: number;
  geodata: number;
  files: Record<string, number>;
}

const MAPLIBRE = /^maplibre-.*\.js$/;

export function assetSizes(assetsDir: string): AssetSizes {
  const sizes: AssetSizes = { ownJs: 0, geodata: 0, files: {} };
  for (const entry of readdirSync(assetsDir, { withFileTypes: true }).sort((a, b) =>
    a.name < b.name ? -1 : 1,
  )) {
    // The tiles' folder: weighed per view, by what a view fetched (servedGzip), not as a whole.
    if (!entry.isFile()) continue;
    const name = entry.name;
    const gz = gzipSync(readFileSync(join(assetsDir, name)), { level: 9 }).length;
    sizes.files[name] = gz;
    if (name.endsWith('.js') && !MAPLIBRE.test(name)) sizes.ownJs += gz;
    if (name.endsWith('.json')) sizes.geodata += gz;
  }
  return sizes;
}

/** The files of `dist` that `urls` name, by path, gzipped at level 9: what they weigh however a host compresses. */
export function servedGzip(dist: string, urls: readonly string[]): number {
  let bytes = 0;
  for (const path of new Set(urls.map((u) => decodeURIComponent(new URL(u).pathname))))
    bytes += gzipSync(readFileSync(join(dist, path)), { level: 9 }).length;
  return bytes;
}
