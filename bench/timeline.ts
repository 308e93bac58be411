// When each file had arrived, as the median over runs, beside map ready: what the map waits for before it is ready.
import { median } from './percentile';
import type { RunFigures } from './run-page';

/** Build hashes differ between the site and the baseline: name files without them. */
function fileName(url: string): string {
  const path = new URL(url).pathname;
  return (path.endsWith('/') ? path : path.slice(path.lastIndexOf('/') + 1)).replace(/-[\w-]{8}\./, '.');
}

export function timeline(runs: readonly RunFigures[]): { file: string; end_ms: number }[] {
  const ends = new Map<string, number[]>();
  for (const run of runs)
    for (const t of run.waterfall) {
      if (!/^https?:/.test(t.url)) continue;
      const file = fileName(t.url);
      ends.set(file, [...(ends.get(file) ?? []), t.end]);
    }
  const rows = [...ends].map(([file, list]) => ({ file, end_ms: median(list) ?? 0 }));
  rows.push({ file: '(map ready)', end_ms: median(runs.map((r) => r.ready_ms)) ?? 0 });
  return rows.sort((a, b) => a.end_ms - b.end_ms);
}
