// `npm run bench -- --ladder` (and `-- --trace`): the quick look at the live map's ready alone, floor → rung →
// story, without the flights, Lighthouse or axe. Writes bench-results/ladder.json (and trace summaries).
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { launch } from '../scripts/browser/chromium';
import { serveDir } from '../scripts/serve-dir';
import { formatTable } from './format-table';
import { ladderMedians, runLadder, type LadderMedians } from './ladder';
import { traceStart } from './trace-start';

const fmt = (n: number | null, digits = 0) => (n === null ? '—' : n.toFixed(digits));

/** The split as a table: each rung's ready and its ratio to the floor. */
export function ladderTable(m: LadderMedians): string {
  return formatTable(
    ['live map ready (median ms)', 'ms', '× floor'],
    [
      ['floor: bare MapLibre, one polygon', fmt(m.floor_ms), '1.00'],
      ["rung: bare MapLibre, the story's opening map", fmt(m.rung_ms), fmt(m.rung_ratio, 2)],
      ['story page', fmt(m.story_ms), fmt(m.story_ratio, 2)],
    ],
  );
}

export async function ladderMode(
  root: string,
  slug: string,
  runs: number,
  trace: boolean,
  progress: (msg: string) => void,
): Promise<void> {
  const site = await serveDir(join(root, 'dist'));
  const floor = await serveDir(join(root, 'dist-bench'));
  const browser = await launch();
  const load = [loadavg()[0]!];
  const out: Record<string, unknown> = { date: new Date().toISOString(), runs };
  try {
    const urls = { site: site.url, floor: floor.url, slug };
    if (trace) out.trace = await traceStart(browser, urls, join(root, 'bench-results'), progress);
    else {
      const ladder = await runLadder(browser, urls, runs, progress);
      const m = ladderMedians(ladder);
      out.medians = m;
      out.raw = ladder;
      console.log(`\n${ladderTable(m)}`);
    }
  } finally {
    await browser.close();
    await site.close();
    await floor.close();
  }
  load.push(loadavg()[0]!);
  out.load_average = load;
  console.log(`load average (1 min) at start and end: ${load.map((l) => l.toFixed(1)).join(', ')}`);
  mkdirSync(join(root, 'bench-results'), { recursive: true });
  writeFileSync(
    join(root, 'bench-results', trace ? 'trace.json' : 'ladder.json'),
    JSON.stringify(out, null, 2) + '\n',
  );
}
