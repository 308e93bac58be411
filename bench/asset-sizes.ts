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
  for (const name of readdirSync(assetsDir).sort()) {
    const gz = gzipSync(readFileSync(join(assetsDir, name)), { level: 9 }).length;
    sizes.files[name] = gz;
    if (name.endsWith('.js') && !MAPLIBRE.test(name)) sizes.ownJs += gz;
    if (name.endsWith('.json')) sizes.geodata += gz;
  }
  return sizes;
}
