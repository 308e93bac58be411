// npm run place -- <name>: the places the project's data knows by that name (Chinese, pinyin with or without tones,
// English), best first, each as a `places:` entry ready to paste into a story file.
import { loadPlaceIndex } from './places/place-index.ts';
import { searchPlaces } from './places/place-search.ts';
import { placeYaml } from './places/place-yaml.ts';

const USAGE = 'usage: npm run place -- <name> [--limit N]   e.g. npm run place -- 慈溪';

function options(args: string[]): { query: string; limit: number } {
  const words: string[] = [];
  let limit = 5;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--limit') {
      limit = Number(args[++i]);
      if (!Number.isInteger(limit) || limit < 1) throw new Error(`--limit takes a whole number above 0`);
    } else if (a.startsWith('-')) throw new Error(`unknown option ${a}`);
    else words.push(a);
  }
  const query = words.join(' ').trim();
  if (!query) throw new Error('no name given');
  return { query, limit };
}

try {
  const { query, limit } = options(process.argv.slice(2));
  const matches = searchPlaces(loadPlaceIndex(), query, limit);
  if (matches.length === 0) {
    console.error(
      `place: nothing in the gazetteer, China's divisions, Natural Earth's places or the countries is named "${query}"`,
    );
    process.exit(1);
  }
  console.log(`# ${matches.length} match(es) for "${query}", best first; paste one under places:\n`);
  console.log(matches.map((m) => placeYaml(m.record)).join('\n\n'));
} catch (e) {
  console.error(`place: ${e instanceof Error ? e.message : String(e)}\n${USAGE}`);
  process.exit(1);
}
