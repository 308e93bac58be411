// npm run new-story -- <slug> [--dir <folder>]: scaffolds stories/<slug>/ with a starter story that already
// passes the checker. It never overwrites: an existing folder may hold an editor's work.
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ID_PATTERN } from '../src/story/schema';
import { SOURCE_FILE, STORY_FILE } from './stories/load-stories';
import { starterSource, starterStory } from './stories/starter-story';

const USAGE = 'usage: npm run new-story -- <slug> [--dir <folder>]';
// Vite writes its bundle to dist/assets/, so a story there would be overwritten by the build.
const RESERVED = new Set(['assets']);

function fail(message: string): never {
  console.error(`new-story: ${message}`);
  process.exit(1);
}

function args(): { slug: string; dir: string } {
  try {
    const { values, positionals } = parseArgs({
      options: { dir: { type: 'string', default: 'stories' } },
      allowPositionals: true,
    });
    if (positionals.length !== 1) fail(`expected one slug, got ${positionals.length} (${USAGE})`);
    return { slug: positionals[0]!, dir: values.dir };
  } catch (e) {
    // parseArgs throws on unknown options; its message is already one clear line.
    fail(`${e instanceof Error ? e.message : String(e)} (${USAGE})`);
  }
}

const { slug, dir } = args();
if (!ID_PATTERN.test(slug))
  fail(
    `"${slug}" is not a valid slug: use lower-case a-z, 0-9 and single '-' between them, e.g. harbour-history`,
  );
if (RESERVED.has(slug)) fail(`"${slug}" is reserved for the built site's files; choose another slug`);

const parent = resolve(dir);
if (!existsSync(parent) || !statSync(parent).isDirectory()) fail(`${dir}: no such folder`);
const target = join(parent, slug);
const shown = relative(process.cwd(), target) || '.';
if (existsSync(target)) fail(`${shown} already exists; nothing was changed (choose another slug)`);

try {
  // Not recursive, and 'wx' on the files: if the folder appears between the check above and here, fail
  // rather than write into it.
  mkdirSync(target);
  writeFileSync(join(target, STORY_FILE), starterStory(slug), { flag: 'wx' });
  writeFileSync(join(target, SOURCE_FILE), starterSource(), { flag: 'wx' });
} catch (e) {
  fail(`could not create ${shown}: ${e instanceof Error ? e.message : String(e)}`);
}

const inStories = parent === resolve(import.meta.dirname, '..', 'stories');
console.log(`created ${join(shown, STORY_FILE)}
created ${join(shown, SOURCE_FILE)}

next:
  1. paste the source article into ${join(shown, SOURCE_FILE)}
  2. edit ${join(shown, STORY_FILE)} (every field is explained in it)
  3. npm run check:stories -- ${shown}
  4. ${inStories ? `npm run dev, then open /${slug}/` : `move the folder into stories/ to see it with npm run dev at /${slug}/`}`);
