// Finds every story folder under stories/, checks it and resolves it against the gazetteer.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Gazetteer } from '../../src/geo/gazetteer';
import { checkStory } from '../../src/story/check.ts';
import type { Problem } from '../../src/story/problem';
import { resolveStory } from '../../src/story/resolve.ts';
import type { ResolvedStory } from '../../src/story/types';

export const STORY_FILE = 'story.yaml';
export const SOURCE_FILE = 'source.txt';

export function loadGazetteer(root: string): Gazetteer {
  return JSON.parse(readFileSync(join(root, 'geodata', 'gazetteer.json'), 'utf8')) as Gazetteer;
}

/** Story folders: every folder directly inside `dir` that holds a story.yaml. */
export function storyDirs(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => statSync(join(dir, name)).isDirectory() && existsSync(join(dir, name, STORY_FILE)))
    .sort()
    .map((name) => join(dir, name));
}

export interface LoadResult {
  stories: ResolvedStory[];
  /** Errors (with any warnings of the same file): the story is not built. */
  problems: Problem[];
  /** Warnings of stories that build. */
  warnings: Problem[];
}

export function loadStory(root: string, dir: string, gazetteer: Gazetteer): LoadResult {
  const file = join(dir, STORY_FILE);
  const sourcePath = join(dir, SOURCE_FILE);
  const result = checkStory({
    file: relative(root, file),
    text: readFileSync(file, 'utf8'),
    gazetteer,
    source: existsSync(sourcePath) ? readFileSync(sourcePath, 'utf8') : undefined,
  });
  if (!result.ok) return { stories: [], problems: result.problems, warnings: [] };
  const slug = dir.split(/[\\/]/).pop()!;
  return { stories: [resolveStory(slug, result.story, gazetteer)], problems: [], warnings: result.problems };
}

export function loadStories(root: string): LoadResult {
  const gazetteer = loadGazetteer(root);
  const results = storyDirs(join(root, 'stories')).map((dir) => loadStory(root, dir, gazetteer));
  return {
    stories: results.flatMap((r) => r.stories),
    problems: results.flatMap((r) => r.problems),
    warnings: results.flatMap((r) => r.warnings),
  };
}
