// `npm run bench -- --trace`: one cold load of each rung (floor, rung, story; desktop) under a Chrome trace, each
// summarised (trace-summary.ts) to where the time to the live map's ready went. The raw traces are written to
// bench-results/ (not in git) for chrome://tracing or Perfetto.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { DESKTOP, openPage } from '../scripts/browser/chromium';
import { formatTable } from './format-table';
import type { LadderUrls } from './ladder';
import { rungUrl } from './ladder';
import { awaitReady, loadReady } from './load-ready';
import { PAGE_PROBE } from './page-probe';
import { MAIN_KINDS, summarise, type TraceEvent, type TraceSummary } from './trace-summary';

const CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'v8.execute',
  'blink.user_timing',
  'loading',
  'gpu',
  'cc',
  'viz',
];
const SYNC = 'bench:sync';

// The moment MapLibre's Map was constructed (it marks its container at once), as a mark in the trace; no page
// code is changed for it.
const MARK_MAP = `(() => {
  const seen = new MutationObserver(() => {
    if (!document.querySelector('.maplibregl-map')) return;
    performance.mark('bench:map-constructed');
    seen.disconnect();
  });
  seen.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['class'] });
})();`;

async function traced(browser: Browser, origin: string, url: string, file: string): Promise<TraceSummary> {
  const w = await openPage(browser, origin, DESKTOP);
  const cdp = await browser.newBrowserCDPSession();
  try {
    await w.page.addInitScript({ content: PAGE_PROBE });
    await w.page.addInitScript({ content: MARK_MAP });
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (d) => events.push(...(d.value as unknown as TraceEvent[])));
    const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.start', {
      traceConfig: { includedCategories: CATEGORIES, recordMode: 'recordContinuously' },
      transferMode: 'ReportEvents',
    });
    await w.page.goto(url);
    const ready = await awaitReady(w.page, url, w.errors);
    const now = await w.page.evaluate((name) => {
      performance.mark(name);
      return performance.now();
    }, SYNC);
    await cdp.send('Tracing.end');
    await done;
    writeFileSync(file, JSON.stringify({ traceEvents: events }));
    return summarise(events, SYNC, now, ready.ready_ms);
  } finally {
    await cdp.detach();
    await w.close();
  }
}

const ms = (n: number | undefined) => (n === undefined ? '—' : n.toFixed(0));

/** The three summaries side by side, one figure a row. */
function traceTable(s: Record<'floor' | 'rung' | 'story', TraceSummary>): string {
  const pages = [s.floor, s.rung, s.story];
  const files = [...new Set(pages.flatMap((p) => Object.keys(p.script_by_file_ms)))].sort();
  const marks = [...new Set(pages.flatMap((p) => Object.keys(p.marks_ms)))];
  const arrivals = [...new Set(pages.flatMap((p) => Object.keys(p.arrived_ms)))];
  const row = (label: string, pick: (p: TraceSummary) => number | undefined) => [
    label,
    ...pages.map((p) => ms(pick(p))),
  ];
  return formatTable(
    ['to the live map ready (one traced cold load)', 'floor', 'rung', 'story'],
    [
      row('ready (ms from navigation)', (p) => p.ready_ms),
      ...MAIN_KINDS.map((k) => row(`main thread: ${k} (ms)`, (p) => p.main_ms[k])),
      ...files.map((f) => row(`  script in ${f} (ms)`, (p) => p.script_by_file_ms[f] ?? 0)),
      row("MapLibre's worker busy (ms)", (p) => p.worker_ms),
      row('GPU process busy (ms)', (p) => p.gpu_ms),
      row('raster threads busy (ms)', (p) => p.raster_ms),
      row('animation frames run (count)', (p) => p.animation_frames),
      row('frames drawn by the compositor (count)', (p) => p.drawn_frames),
      row('  of them, WebGL canvas read back (count)', (p) => p.readbacks),
      row('  main thread in those readbacks (ms)', (p) => p.readback_ms),
      row('main thread waiting on shader compiles (ms)', (p) => p.shader_wait_ms),
      ...marks.map((m) => row(`${m.slice('bench:'.length)} at (ms)`, (p) => p.marks_ms[m])),
      ...arrivals.map((f) => row(`${f} arrived at (ms)`, (p) => p.arrived_ms[f])),
    ],
  );
}

export async function traceStart(
  browser: Browser,
  urls: LadderUrls,
  dir: string,
  progress: (msg: string) => void,
): Promise<Record<'floor' | 'rung' | 'story', TraceSummary>> {
  const storyUrl = `${urls.site}/${urls.slug}/`;
  const { map } = await loadReady(browser, urls.site, storyUrl);
  const pages = {
    floor: [urls.floor, `${urls.floor}/baseline.html?w=${map.width}&h=${map.height}`],
    rung: [urls.floor, rungUrl(urls.floor, map)],
    story: [urls.site, storyUrl],
  } as const;
  const out = {} as Record<keyof typeof pages, TraceSummary>;
  for (const [name, [origin, url]] of Object.entries(pages) as [
    keyof typeof pages,
    readonly [string, string],
  ][]) {
    progress(`tracing the ${name}'s cold load`);
    out[name] = await traced(browser, origin, url, join(dir, `trace-${name}.json`));
  }
  console.log(`\n${traceTable(out)}`);
  return out;
}
