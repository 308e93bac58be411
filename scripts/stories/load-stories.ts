// Finds every story folder under stories/, checks it and resolves it against the gazetteer. What is in stories/ is
// untrusted (anyone can open a pull request), so a folder is read only once its name, where it leads and the size
// and encoding of its files are known to be sound, and a folder that is not is one problem among the others' results.
import {
  existsSync,
  lstatSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  statSync,
} from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Gazetteer } from '../../src/geo/gazetteer';
import { checkStory } from '../../src/check/check.ts';
import { coverageOf, layered, WORLD, type Coverage } from '../../src/check/coverage.ts';
import type { Topology } from 'topojson-specification';
import type { LayerRead } from '../../src/check/check-layers';
import { MAX_LAYER_BYTES, MAX_MEDIA_SOURCE_BYTES } from '../../src/story/limits.ts';
import type { CheckedMedia, MediaRead } from '../../src/check/check-media';
import { decodeUtf8 } from '../../src/check/decode-utf8.ts';
import { oversized } from '../../src/check/oversized.ts';
import type { Problem } from '../../src/check/problem';
import { resolveStory } from '../../src/check/resolve.ts';
import { slugProblem } from '../../src/check/slug-problem.ts';
import type { BuiltStory } from '../../src/story/types';
import { basemapBounds } from '../../src/map/view/story-region.ts';
import { tileBudgetProblem } from '../tiles/tile-budget.ts';

export const STORY_FILE = 'story.yaml';
export const SOURCE_FILE = 'source.txt';

export function loadGazetteer(root: string): Gazetteer {
  return JSON.parse(readFileSync(join(root, 'geodata', 'gazetteer.json'), 'utf8')) as Gazetteer;
}

/**
 * The counties and the countries whose outlines bound what the basemap covers (geodata/PROVENANCE.md, "China's
 * divisions" and "The world's countries"): the engine's own data, beside this script, whichever project root the
 * stories are read from.
 */
const COVERAGE_FILE = fileURLToPath(
  new URL('../../geodata/sources/china/counties.topo.json', import.meta.url),
);
const WORLD_FILE = fileURLToPath(new URL('../../geodata/sources/world/countries.topo.json', import.meta.url));
let coverage: Coverage | undefined;
let china: Coverage | undefined;

const topologyIn = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Topology;

/**
 * Read once: the outlines are 3 MB, and a run checks every story against them. China's counties first: where
 * both cover a place, they are what the map draws there.
 */
export function loadCoverage(): Coverage {
  coverage ??= layered(
    loadChinaCoverage(),
    coverageOf(topologyIn(WORLD_FILE), 'countries', 'countries', WORLD),
  );
  return coverage;
}

/** Where China's counties are the data: a place elsewhere is drawn from the world's countries. */
export function loadChinaCoverage(): Coverage {
  china ??= coverageOf(topologyIn(COVERAGE_FILE), 'counties', 'coast');
  return china;
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/** Whether anything is at `path`, a dangling link included (existsSync follows links). */
function present(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Story folders: every folder directly inside `dir` that holds a story.yaml, and every link there to a folder or
 * to nothing. A link is not followed here: loadStory reports one that leaves `dir` or leads nowhere.
 */
export function storyDirs(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => {
      const path = join(dir, e.name);
      if (e.isDirectory()) return present(join(path, STORY_FILE));
      if (!e.isSymbolicLink()) return false;
      try {
        return statSync(path).isDirectory();
      } catch {
        return true;
      }
    })
    .map((e) => e.name)
    .sort()
    .map((name) => join(dir, name));
}

export interface LoadResult {
  stories: BuiltStory[];
  /** The pictures of each story that built, by slug, then by file: what the build resizes (scripts/media/). */
  media: Map<string, Record<string, CheckedMedia>>;
  /** Errors (with any warnings of the same file): the story is not built. */
  problems: Problem[];
  /** Warnings of stories that build. */
  warnings: Problem[];
}

class Refused extends Error {
  constructor(
    readonly file: string,
    message: string,
    readonly hint?: string,
    readonly line = 1,
    readonly col = 1,
  ) {
    super(message);
  }
}

const inside = (path: string, folder: string) => path === folder || path.startsWith(folder + sep);

/** The real path of a story folder, refused when it is a link that leads nowhere or out of `within`. */
function realFolder(root: string, dir: string, within: string | undefined): string {
  const shown = relative(root, dir);
  let real: string;
  try {
    real = realpathSync(dir);
  } catch (e) {
    if (!isLink(dir)) throw e;
    throw new Refused(
      shown,
      `story folder is a link to ${JSON.stringify(readlinkSync(dir))}, which does not exist`,
    );
  }
  if (within !== undefined && !inside(real, realpathSync(within)))
    throw new Refused(
      shown,
      `story folder is a link to ${JSON.stringify(readlinkSync(dir))}, outside ${relative(root, within) || '.'}/`,
      'story folders must be in the repository: move the story in rather than linking to it',
    );
  return real;
}

/**
 * The real path of a file of a story folder and its size, or undefined when it is optional and missing. A link out
 * of the folder is refused unread: story.yaml → /etc/passwd must not be read, let alone quoted in an error.
 */
function storyFile(
  root: string,
  folder: string,
  path: string,
  optional: boolean,
): { real: string; size: number } | undefined {
  const shown = relative(root, path);
  if (!present(path)) {
    if (optional) return undefined;
    throw new Refused(shown, `${basename(path)} is missing`);
  }
  let real: string;
  try {
    real = realpathSync(path);
  } catch {
    throw new Refused(
      shown,
      `${basename(path)} is a link to ${JSON.stringify(readlinkSync(path))}, which does not exist`,
    );
  }
  if (!inside(real, folder))
    throw new Refused(
      shown,
      `${basename(path)} is a link to a file outside its story folder`,
      'copy the file in',
    );
  const stat = statSync(real);
  // Not a FIFO or a device: reading one could wait forever or never end.
  if (!stat.isFile()) throw new Refused(shown, `${basename(path)} is not a file`);
  return { real, size: stat.size };
}

/** The text of a file of a story folder (storyFile's rules), or undefined when it is optional and missing. */
function readStoryFile(
  root: string,
  folder: string,
  path: string,
  optional: boolean,
  maxBytes?: number,
): string | undefined {
  const shown = relative(root, path);
  const found = storyFile(root, folder, path, optional);
  if (!found) return undefined;
  if (maxBytes !== undefined && found.size > maxBytes)
    throw new Refused(
      shown,
      `${basename(path)} is ${(found.size / 1024).toFixed(1)} KB, over the ${maxBytes / 1024} KB budget for a story's layers`,
      'simplify the geometry (fewer vertices) or show less of it: every byte travels to each reader',
    );
  const tooLarge = oversized(shown, found.size);
  if (tooLarge) throw new Refused(shown, tooLarge.message, tooLarge.hint);
  const bytes = readFileSync(found.real);
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) {
    const { offset, line, col } = decoded;
    const byte = bytes[offset]!.toString(16).padStart(2, '0');
    throw new Refused(
      shown,
      `${basename(path)} is not valid UTF-8: byte ${offset} (0x${byte}) does not begin a character`,
      'save the file as UTF-8 (a Chinese text saved as GBK or Big5 reads as this)',
      line,
      col,
    );
  }
  return decoded.text;
}

/** A picture of a story folder (storyFile's rules), its problems said for its line in story.yaml. */
function readPicture(root: string, folder: string, dir: string, name: string): MediaRead {
  try {
    const found = storyFile(root, folder, join(dir, name), false)!;
    if (found.size > MAX_MEDIA_SOURCE_BYTES)
      return {
        ok: false,
        message: `"${name}" is ${(found.size / 1024 / 1024).toFixed(1)} MB, over the ${MAX_MEDIA_SOURCE_BYTES / 1024 / 1024} MB a picture's file may be`,
        hint: 'export it smaller: the page never shows a picture wider than 1120 pixels',
      };
    return { ok: true, bytes: readFileSync(found.real) };
  } catch (e) {
    if (!(e instanceof Refused)) throw e;
    return { ok: false, message: e.message, ...(e.hint ? { hint: e.hint } : {}) };
  }
}

/** `within`: the folder `dir` was found in, which a linked story folder may not lead out of. */
export function loadStory(root: string, dir: string, gazetteer: Gazetteer, within?: string): LoadResult {
  const slug = basename(dir);
  // Outside the story's own problems: without its data the whole run fails, not one story.
  const coverage = loadCoverage();
  try {
    const badSlug = slugProblem(slug);
    if (badSlug) throw new Refused(relative(root, dir), badSlug);
    const folder = realFolder(root, dir, within);
    const file = relative(root, join(dir, STORY_FILE));
    const text = readStoryFile(root, folder, join(dir, STORY_FILE), false)!;
    const source = readStoryFile(root, folder, join(dir, SOURCE_FILE), true);
    const readLayer = (name: string): LayerRead => {
      try {
        const path = join(dir, name);
        return {
          ok: true,
          file: relative(root, path),
          text: readStoryFile(root, folder, path, false, MAX_LAYER_BYTES)!,
        };
      } catch (e) {
        if (!(e instanceof Refused)) throw e;
        // Unreadable as text (not UTF-8): at its own line; missing, a link out, too large: at the declaration.
        const inFile = e.line !== 1 || e.col !== 1;
        return {
          ok: false,
          message: e.message,
          ...(e.hint ? { hint: e.hint } : {}),
          ...(inFile ? { at: { file: e.file, line: e.line, col: e.col } } : {}),
        };
      }
    };
    const readMedia = (name: string) => readPicture(root, folder, dir, name);
    const result = checkStory({ file, text, gazetteer, coverage, source, readLayer, readMedia });
    if (!result.ok) return { stories: [], media: new Map(), problems: result.problems, warnings: [] };
    try {
      const resolved = resolveStory(slug, result.story, gazetteer, result.layers, coverage, result.media);
      const story: BuiltStory = { ...resolved, mapBounds: basemapBounds(resolved) };
      const budget = tileBudgetProblem(file, text, story);
      if (budget) return { stories: [], media: new Map(), problems: [budget], warnings: result.problems };
      const media = new Map([[slug, result.media]]);
      return { stories: [story], media, problems: [], warnings: result.problems };
    } catch (e) {
      // The checker passed a story the build cannot make: a bug, but still this story's, not the whole run's.
      throw new Refused(file, `the story passed the checker but could not be built: ${(e as Error).message}`);
    }
  } catch (e) {
    const problem: Problem =
      e instanceof Refused
        ? { file: e.file, line: e.line, col: e.col, message: e.message, ...(e.hint ? { hint: e.hint } : {}) }
        : {
            file: relative(root, dir),
            line: 1,
            col: 1,
            message: `could not read the story folder: ${(e as Error).message}`,
          };
    return { stories: [], media: new Map(), problems: [problem], warnings: [] };
  }
}

/** The stories of `dir` (by default the project's stories/), checked against the gazetteer of `root`. */
export function loadStories(root: string, dir = join(root, 'stories')): LoadResult {
  const gazetteer = loadGazetteer(root);
  const stories = dir;
  const results = storyDirs(stories).map((dir) => loadStory(root, dir, gazetteer, stories));
  return {
    stories: results.flatMap((r) => r.stories),
    media: new Map(results.flatMap((r) => [...r.media])),
    problems: results.flatMap((r) => r.problems),
    warnings: results.flatMap((r) => r.warnings),
  };
}
