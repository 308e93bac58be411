// npm run draft -- <source.txt> --out <story.yaml>: a first draft of a story file for an article (every figure it
// states, the places the data knows, excerpt candidates), which passes the checker with warnings for what a person
// must still do. It never overwrites a file: the editor's work may be in it.
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { decodeUtf8 } from '../src/check/decode-utf8.ts';
import { draftStory } from './draft/draft-story.ts';
import { loadPlaceIndex } from './places/place-index.ts';

const USAGE = 'usage: npm run draft -- <source.txt> --out <story.yaml>';

function fail(message: string): never {
  console.error(`draft: ${message}`);
  process.exit(1);
}

function args(): { from: string; to: string } {
  try {
    const { values, positionals } = parseArgs({
      options: { out: { type: 'string' } },
      allowPositionals: true,
    });
    if (positionals.length !== 1) fail(`expected one source file, got ${positionals.length} (${USAGE})`);
    if (!values.out) fail(`--out <story.yaml> is required (${USAGE})`);
    return { from: positionals[0]!, to: values.out };
  } catch (e) {
    // parseArgs throws on unknown options; its message is already one clear line.
    fail(`${e instanceof Error ? e.message : String(e)} (${USAGE})`);
  }
}

const { from, to } = args();
if (!existsSync(from)) fail(`${from}: no such file`);
if (!statSync(from).isFile()) fail(`${from}: not a file (give the article's source.txt)`);
if (existsSync(to)) fail(`${to} already exists; nothing was written (choose another --out)`);
if (!existsSync(dirname(to) || '.')) fail(`${dirname(to)}: no such folder for --out`);
const text = decodeUtf8(readFileSync(from));
if (!text.ok) fail(`${from}:${text.line}:${text.col}: not UTF-8 text`);
try {
  writeFileSync(to, draftStory(text.text, loadPlaceIndex()), { flag: 'wx' });
  console.log(`draft: wrote ${to}; next: npm run check:stories -- ${dirname(to)}`);
} catch (e) {
  fail(`${from}: ${e instanceof Error ? e.message : String(e)}`);
}
