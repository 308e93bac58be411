// npm run schema [-- --check]: writes stories/story.schema.json from the story schema, or with --check fails
// when the committed file is stale, so a schema change cannot ship without the editor schema that matches it.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { SCHEMA_FILE, storyJsonSchemaText } from './stories/json-schema';

const root = resolve(import.meta.dirname, '..');
const file = resolve(root, SCHEMA_FILE);
const args = process.argv.slice(2);
const unknown = args.filter((a) => a !== '--check');

if (unknown.length > 0) {
  console.error(`story-schema: unknown argument ${unknown.join(' ')} (usage: story-schema [--check])`);
  process.exit(1);
}

const fresh = storyJsonSchemaText();
if (args.includes('--check')) {
  const onDisk = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  if (onDisk !== fresh) {
    const why = onDisk === undefined ? 'is missing' : 'is out of date with src/story/schema.ts';
    console.error(`story-schema: ${SCHEMA_FILE} ${why}; regenerate it with: npm run schema`);
    process.exit(1);
  }
  console.log(`ok  ${SCHEMA_FILE} matches src/story/schema.ts`);
} else {
  writeFileSync(file, fresh);
  console.log(`wrote ${SCHEMA_FILE}`);
}
