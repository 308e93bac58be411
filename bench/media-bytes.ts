// Each story's pictures as built: the bytes of every size and format under dist/<slug>/media/, which the media
// budget (scripts/media/media-budget.ts) holds. Raw bytes: AVIF and WebP gain nothing from gzip.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Slug → bytes, for every story folder of `distDir` that has pictures. */
export function mediaBytes(distDir: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const entry of readdirSync(distDir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const folder = join(distDir, entry.name, 'media');
    let files: string[];
    try {
      files = readdirSync(folder);
    } catch {
      continue; // a story without pictures, or not a story's folder
    }
    out[entry.name] = files.reduce((n, f) => n + statSync(join(folder, f)).size, 0);
  }
  return out;
}
