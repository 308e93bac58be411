// npm run check:stories -- [files or folders]: checks story files and prints every problem as path:line:col.
import { existsSync, statSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { formatProblem } from '../src/check/problem';
import { storyRegion } from '../src/map/view/story-region';
import { loadGazetteer, loadStory, STORY_FILE, storyDirs } from './stories/load-stories';
import { renderMedia } from './media/render-media';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);

/** Story folders, each with the folder it was found in (which a linked story folder may not lead out of). */
function dirsFrom(arg: string): { dir: string; within?: string }[] {
  const path = resolve(arg);
  if (!existsSync(path)) throw new Error(`${arg}: no such file or folder`);
  if (statSync(path).isFile()) {
    if (basename(path) !== STORY_FILE) throw new Error(`${arg}: expected a ${STORY_FILE} or a story folder`);
    return [{ dir: dirname(path) }];
  }
  if (existsSync(resolve(path, STORY_FILE))) return [{ dir: path }];
  return storyDirs(path).map((dir) => ({ dir, within: path }));
}

try {
  const stories = resolve(root, 'stories');
  const dirs =
    args.length === 0 ? storyDirs(stories).map((dir) => ({ dir, within: stories })) : args.flatMap(dirsFrom);
  if (dirs.length === 0) throw new Error(`no ${STORY_FILE} found in ${args.join(' ') || 'stories/'}`);
  const gazetteer = loadGazetteer(root);
  let problems = 0;
  for (const { dir, within } of dirs) {
    const result = loadStory(root, dir, gazetteer, within);
    const story = result.stories[0];
    // The pictures are decoded and encoded as the build does: a file the encoder refuses, or a story over its media
    // budget, is found here rather than by the build.
    const pictures = story ? await renderMedia(story, result.media.get(story.slug) ?? {}) : undefined;
    const errors = [...result.problems, ...(pictures?.problems ?? [])];
    for (const p of [...errors, ...result.warnings]) console.error(formatProblem(p));
    problems += errors.filter((p) => !p.warning).length;
    if (story && errors.length === 0) {
      // What the basemap must cover for it: the editor sees a chapter that looks far beyond the rest.
      const [w, s, e, n] = storyRegion(story).map((v) => v.toFixed(2));
      console.log(
        `ok  ${dir.replace(root + '/', '')} (${story.chapters.length} chapters${result.warnings.length ? `, ${result.warnings.length} warning(s)` : ''}; region ${w}–${e} E, ${s}–${n} N${pictures!.bytes ? `; pictures ${(pictures!.bytes / 1024).toFixed(1)} KB` : ''})`,
      );
    }
  }
  if (problems > 0) {
    console.error(`\n${problems} problem(s) found.`);
    process.exit(1);
  }
} catch (e) {
  console.error(`check:stories: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}
