// npx tsx scripts/tokens-css.ts [--check]: writes src/ui/tokens.css (the font stacks and the marker's geometry as CSS
// custom properties) from scripts/tokens-text.ts, or with --check fails when the committed file is stale.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { TOKENS_CSS_FILE, tokensCss } from './tokens-text.ts';

const file = resolve(import.meta.dirname, '..', TOKENS_CSS_FILE);
// As `npx prettier --check .` wants it, so the generated file passes the formatting check unchanged.
const fresh = await format(tokensCss(), { ...(await resolveConfig(file)), filepath: file });
if (process.argv.includes('--check')) {
  if ((existsSync(file) ? readFileSync(file, 'utf8') : undefined) !== fresh) {
    console.error(
      `tokens-css: ${TOKENS_CSS_FILE} is out of date; regenerate it with: npx tsx scripts/tokens-css.ts`,
    );
    process.exit(1);
  }
  console.log(`ok  ${TOKENS_CSS_FILE} matches scripts/tokens-text.ts`);
} else {
  writeFileSync(file, fresh);
  console.log(`wrote ${TOKENS_CSS_FILE}`);
}
