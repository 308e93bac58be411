// The Zhoushan story's folder copied into a fresh project tree, changed, and read as the build reads it: how the
// tests of files beside a story (layers, pictures) see what an editor's change to that folder does.
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadStory } from '../../scripts/stories/load-stories';
import type { Gazetteer } from '../../src/geo/gazetteer';
import { formatProblem } from '../../src/check/problem';

const DIR = 'stories/zhoushan-islands';
const gazetteer = JSON.parse(readFileSync('geodata/gazetteer.json', 'utf8')) as Gazetteer;

/** The problems, formatted, of the story once `change` has been made to a copy of its folder. */
export function problemsOfChangedCopy(change: (dir: string) => void): string[] {
  const root = mkdtempSync(join(tmpdir(), 'zhoushan-copy-'));
  try {
    const dir = join(root, DIR);
    cpSync(DIR, dir, { recursive: true });
    change(dir);
    return loadStory(root, dir, gazetteer).problems.map(formatProblem);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
