// A throw-away copy of the project whose stories/ the scale bench fills with synthetic stories and builds: the
// worktree's own stories and dist/ are never touched.
import { execFileSync, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  realpathSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { TILES_FOLDER } from '../../src/geo/tiles';

export interface StoryFiles {
  slug: string;
  yaml: string;
  source: string;
  /** The story's layer files, by name. */
  layers?: Record<string, string>;
  /** The real story folder whose media/ (its pictures) the copy takes unchanged: a move does not change them. */
  mediaFrom?: string;
}

/** The site's basemap tiles on disk: how many, and their bytes raw and each gzipped (-9) as a host would send it. */
export interface TileFigures {
  tile_files: number;
  tile_bytes: number;
  tile_gzip: number;
}

export interface Built {
  dist: string;
  build_ms: number;
  /** Each story page's HTML, raw and gzip (-9) bytes. */
  html: Record<string, { raw: number; gzip: number }>;
  tiles: TileFigures;
}

/** A bench run must end: a build slower than this is reported as failed, and the run goes on to the next size. */
const BUILD_TIMEOUT_MS = 30 * 60_000;

export class BuildFailed extends Error {
  constructor(
    readonly build_ms: number,
    signal: NodeJS.Signals | null,
    output: string,
  ) {
    const why = /heap out of memory/.test(output)
      ? 'out of memory (JavaScript heap)'
      : signal
        ? `stopped by ${signal} after ${Math.round(build_ms / 1000)} s`
        : (output.trim().split('\n').at(-1) ?? 'no output');
    super(`the build failed: ${why}`);
  }
}

/** Copies the project's tracked files (its stories aside) and built geodata into a temp folder. */
export function projectCopy(root: string): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'storymap-scale-'));
  const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' })
    .split('\0')
    .filter((f) => f && !f.startsWith('stories/'));
  for (const f of tracked) {
    // A tracked file deleted in the worktree and not yet committed is not part of the copy.
    try {
      statSync(join(root, f));
    } catch {
      continue;
    }
    mkdirSync(dirname(join(dir, f)), { recursive: true });
    copyFileSync(join(root, f), join(dir, f));
  }
  cpSync(join(root, 'geodata', 'build'), join(dir, 'geodata', 'build'), { recursive: true });
  symlinkSync(realpathSync(join(root, 'node_modules')), join(dir, 'node_modules'));
  copyFileSync(join(root, 'stories', 'story.schema.json'), join(dir, 'story.schema.json'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Replaces the copy's stories with `stories` and builds the site (vite build alone: the geodata is built). */
export function buildStories(dir: string, stories: readonly StoryFiles[]): Built {
  const storiesDir = join(dir, 'stories');
  rmSync(storiesDir, { recursive: true, force: true });
  mkdirSync(storiesDir);
  copyFileSync(join(dir, 'story.schema.json'), join(storiesDir, 'story.schema.json'));
  for (const s of stories) {
    mkdirSync(join(storiesDir, s.slug));
    writeFileSync(join(storiesDir, s.slug, 'story.yaml'), s.yaml);
    writeFileSync(join(storiesDir, s.slug, 'source.txt'), s.source);
    for (const [name, text] of Object.entries(s.layers ?? {}))
      writeFileSync(join(storiesDir, s.slug, name), text);
    if (s.mediaFrom && existsSync(join(s.mediaFrom, 'media')))
      cpSync(join(s.mediaFrom, 'media'), join(storiesDir, s.slug, 'media'), { recursive: true });
  }
  const t0 = performance.now();
  // Vite's own script, not npx: a build over time is then killed itself, not a wrapper that would leave it running.
  const r = spawnSync(
    process.execPath,
    [join(dir, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'error'],
    { cwd: dir, encoding: 'utf8', timeout: BUILD_TIMEOUT_MS, killSignal: 'SIGKILL', maxBuffer: 2 ** 28 },
  );
  const build_ms = performance.now() - t0;
  if (r.status !== 0) throw new BuildFailed(build_ms, r.signal, `${r.stdout}\n${r.stderr}`);
  const dist = join(dir, 'dist');
  const html: Built['html'] = {};
  for (const slug of readdirSync(dist)) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(join(dist, slug, 'index.html'));
    } catch {
      continue;
    }
    html[slug] = { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  }
  return { dist, build_ms, html, tiles: tileFigures(join(dist, 'assets', TILES_FOLDER)) };
}

/** Every file under `dir` (the built tiles), counted and summed. */
function tileFigures(dir: string): TileFigures {
  const out: TileFigures = { tile_files: 0, tile_bytes: 0, tile_gzip: 0 };
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const bytes = readFileSync(join(e.parentPath, e.name));
    out.tile_files++;
    out.tile_bytes += bytes.length;
    out.tile_gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return out;
}
