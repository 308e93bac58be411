import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { BUDGET_GZIP_BYTES, buildGeodata, OUTPUT_FILES } from './geodata/buildGeodata';
import { GeodataError, readSources } from './geodata/readSources';
import { TILE_INDEX_FILE, tileIndex } from './tiles/tile-index';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const sourcesDir = join(root, 'geodata', 'sources');

function fail(file: string, message: string): never {
  console.error(`geodata: ${file}: ${message}`);
  process.exit(1);
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

try {
  const outputs = buildGeodata(readSources(sourcesDir));
  let totalGzip = 0;
  for (const [key, file] of Object.entries(OUTPUT_FILES)) {
    const text = outputs[key as keyof typeof OUTPUT_FILES];
    const path = join(root, file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    const raw = Buffer.byteLength(text);
    const gzip = gzipSync(text, { level: 9 }).length;
    totalGzip += gzip;
    console.log(`${file}: ${raw} B raw (${kb(raw)}), ${gzip} B gzip (${kb(gzip)})`);
  }
  console.log(`total: ${totalGzip} B gzip (${kb(totalGzip)}), budget ${kb(BUDGET_GZIP_BYTES)}`);
  // The tiles' index: its built URL is where the site's tiles are (src/map/maplibre/create-map.ts).
  writeFileSync(join(root, TILE_INDEX_FILE), tileIndex());
  if (totalGzip > BUDGET_GZIP_BYTES)
    fail('total', `${kb(totalGzip)} gzip is over the ${kb(BUDGET_GZIP_BYTES)} budget`);
} catch (e) {
  if (e instanceof GeodataError) fail(relative(root, resolve(sourcesDir, e.file)), e.message);
  fail('build', e instanceof Error ? e.message : String(e));
}
