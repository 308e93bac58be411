// `npm run bench`: builds the site and the baseline page (bare MapLibre, one inline polygon), serves both as a static
// host would, and measures both in the same Chromium, alternating, each run in a fresh context (cold cache). Prints
// the figures with their ratio to the baseline and every axe-core finding on the story and embed pages, writes
// bench-results/bench.json, and exits 1 when a budget breaks. `-- --scale` measures instead how the costs grow with
// longer and more stories (bench/scale/run-scale.ts).
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem, type } from 'node:os';
import { join, resolve } from 'node:path';
import {
  auditEmbed,
  auditMapFailed,
  auditStory,
  describeFinding,
  type AxeFinding,
} from '../scripts/browser/axe-audit';
import { launch, PHONE } from '../scripts/browser/chromium';
import { median } from './percentile';
import { LANGS } from '../src/locale/locales';
import { assetSizes, servedGzip } from './asset-sizes';
import { authorLayerBytes, checkBudgets } from './check-budgets';
import { mediaBytes } from './media-bytes';
import { figureRows } from './figure-rows';
import { formatTable } from './format-table';
import { describeBlocking } from './describe-blocking';
import { CATEGORIES, lighthouseScores } from './lighthouse-scores';
import { medians, ratio } from './medians';
import { runPage, type RunFigures } from './run-page';
import { runScale } from './scale/run-scale';
import { ladderMode, ladderTable } from './ladder-mode';
import { ladderMedians, rungUrl, sameCamera } from './ladder';
import { loadReady, type ReadyFigures } from './load-ready';
import { readStory, storyFlights } from './story-flights';
import { timeline } from './timeline';
import { baselineTour, storyTour } from './tours';
import { serveDir } from '../scripts/serve-dir';

const ROOT = resolve(import.meta.dirname, '..');
const SLUG = 'ningbo-town-race';
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
/** Frames are recorded over the flights through the first 8 chapters: short hops, then the long one to Simen. */
const FRAMED_FLIGHTS = 7;
const started = Date.now();
/** Other work on the machine slows both pages, not always alike: the report says how busy it was. */
const loadAtStart = loadavg()[0]!;

if (!Number.isInteger(RUNS) || RUNS < 1)
  throw new Error(`BENCH_RUNS must be a whole number ≥ 1, not ${RUNS}`);

const progress = (msg: string) =>
  console.log(`bench [${((Date.now() - started) / 1000).toFixed(0)} s] ${msg}`);

function sh(cmd: string, args: string[]) {
  progress(`${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0)
    throw new Error(`${cmd} ${args.join(' ')} failed (${r.error?.message ?? `exit ${r.status}`})`);
}

if (process.argv.includes('--scale')) {
  sh('npm', ['run', 'geodata']);
  const { flags, failures } = await runScale(ROOT, RUNS, progress);
  // Lighthouse and Chromium are done; a cost growing faster than it may, or a size that could not be built, fails
  // the run, as a broken budget does.
  process.exit(flags.some((f) => f.tooFast) || failures.length > 0 ? 1 : 0);
}

sh('npm', ['run', 'build']);
sh('npx', ['vite', 'build', '--config', 'bench/pages/vite.config.ts', '--logLevel', 'warn']);

if (process.argv.includes('--ladder') || process.argv.includes('--trace')) {
  await ladderMode(ROOT, SLUG, RUNS, process.argv.includes('--trace'), progress);
  process.exit(0);
}

const story = readStory(join(ROOT, 'dist', SLUG, 'index.html'));
const flights = storyFlights(story);
const framed = Math.min(FRAMED_FLIGHTS, flights.length - 1);
const site = await serveDir(join(ROOT, 'dist'));
const floor = await serveDir(join(ROOT, 'dist-bench'));
const browser = await launch();
const chromium = browser.version();
const runs: { story: RunFigures[]; baseline: RunFigures[]; rung: ReadyFigures[]; phone: ReadyFigures[] } = {
  story: [],
  baseline: [],
  rung: [],
  phone: [],
};
let mapSize = { width: 0, height: 0 };
const axe: AxeFinding[] = [];

const fmt = (n: number | null, digits = 0) => (n === null ? '—' : n.toFixed(digits));
const line = (r: RunFigures) =>
  `fcp ${fmt(r.fcp_ms)} ms, first map pixels ${fmt(r.first_pixels_ms)} ms, ready ${fmt(r.ready_ms)} ms, on screen ${fmt(r.onscreen_ms)} ms, frames ${fmt(r.frame_median_ms, 1)}/` +
  `${fmt(r.frame_p95_ms, 1)} ms (median/p95 of ${r.frames}), heap ${fmt(r.heap_mb, 1)} MB, ` +
  `${(r.bytes.total / 1024).toFixed(0)} KB`;

try {
  // The rung draws the story's opening at the story map's size and inset, read from one load not counted.
  const sizing = await loadReady(browser, site.url, `${site.url}/${SLUG}/`);
  for (let i = 1; i <= RUNS; i++) {
    const s = await runPage(browser, {
      origin: site.url,
      url: `${site.url}/${SLUG}/`,
      tour: storyTour(flights),
      framed,
      flights: flights.length,
    });
    runs.story.push(s);
    // The baseline's map takes the story map's size, so both draw the same number of pixels per frame.
    if (i === 1) mapSize = s.map;
    progress(`story    ${i}/${RUNS}: ${line(s)}`);
    const b = await runPage(browser, {
      origin: floor.url,
      url: `${floor.url}/baseline.html?w=${mapSize.width}&h=${mapSize.height}`,
      tour: baselineTour(flights),
      framed,
      flights: flights.length,
    });
    runs.baseline.push(b);
    progress(`baseline ${i}/${RUNS}: ${line(b)}`);
    const r = await loadReady(browser, floor.url, rungUrl(floor.url, sizing.map));
    const mismatch = sameCamera(sizing, r);
    if (mismatch) throw new Error(`bench: ${mismatch}`);
    runs.rung.push(r);
    progress(`rung     ${i}/${RUNS}: ready ${fmt(r.ready_ms)} ms`);
    // The first map pixels on a phone too: the story page's map pane and its first frame are laid out otherwise.
    const p = await loadReady(browser, site.url, `${site.url}/${SLUG}/`, PHONE);
    runs.phone.push(p);
    progress(
      `phone    ${i}/${RUNS}: fcp ${fmt(p.fcp_ms)} ms, first map pixels ${fmt(p.first_pixels_ms)} ms, ready ${fmt(p.ready_ms)} ms`,
    );
  }
  progress(
    'axe-core on the story page (both languages, every chapter, a popup), the embed page, the failed map',
  );
  for (const lang of LANGS) axe.push(...(await auditStory(browser, site.url, SLUG, lang)));
  axe.push(
    ...(await auditEmbed(browser, site.url, SLUG)),
    ...(await auditMapFailed(browser, site.url, SLUG)),
  );
} finally {
  await browser.close();
}

progress('lighthouse (mobile) on the story page, then on the baseline page (its map fills the phone screen)');
const lh = await lighthouseScores(`${site.url}/${SLUG}/`);
if (lh.error) console.log(`bench: lighthouse: ${lh.error}`);
// The floor's own scores say what a page that loads MapLibre at all can reach on this machine.
const lhFloor = await lighthouseScores(`${floor.url}/baseline.html`);
if (lhFloor.error) console.log(`bench: lighthouse on the baseline: ${lhFloor.error}`);
await site.close();
await floor.close();

const med = { story: medians(runs.story), baseline: medians(runs.baseline) };
const ladder = ladderMedians({ floor: runs.baseline, rung: runs.rung, story: runs.story });
const rows = figureRows(med.story, med.baseline);
const ratios = Object.fromEntries(rows.map((r) => [r.key, ratio(r.story, r.baseline)]));
const foreign = [...runs.story, ...runs.baseline].reduce((n, r) => n + r.foreign, 0);
const assets = assetSizes(join(ROOT, 'dist', 'assets'));
const budgets = checkBudgets({
  assets,
  storyReady: med.story.ready_ms,
  storyOnscreen: med.story.onscreen_ms,
  baselineOnscreen: med.baseline.onscreen_ms,
  bytesByOnscreen: med.story.bytes_by_onscreen,
  openingBasemap: median(
    runs.story.map((r) =>
      servedGzip(
        join(ROOT, 'dist'),
        r.onscreen_tiles.map((t) => t.url),
      ),
    ),
  ),
  storyFcp: med.story.fcp_ms,
  storyFirstPixels: med.story.first_pixels_ms,
  phone: {
    fcp: median(runs.phone.map((r) => r.fcp_ms)),
    firstPixels: median(runs.phone.map((r) => r.first_pixels_ms)),
  },
  lighthouse: { story: lh.scores?.performance ?? null, floor: lhFloor.scores?.performance ?? null },
  foreign,
  authorLayers: authorLayerBytes(join(ROOT, 'dist')),
  media: mediaBytes(join(ROOT, 'dist')),
});

// What is printed from here on is also the report in docs/generated/benchmark.md, which the docs link to: the
// figures there are the last run's, as the tool wrote them, never copied by hand.
const report: string[] = [];
const say = (text: string) => {
  console.log(text);
  report.push(text);
};

const headline = [
  'onscreen_ms',
  'first_pixels_ms',
  'ready_ms',
  'fcp_ms',
  'frame_p95_ms',
  'heap_mb',
  'bytes_total',
]
  .map((k) => `${k} ${fmt(ratios[k] ?? null, 2)}×`)
  .join(', ');
say(`\nstory / baseline (medians of ${RUNS} cold runs each): ${headline}\n`);
say(
  formatTable(
    ['figure', 'story', 'baseline', 'ratio'],
    [
      ...rows.map((r) => [
        r.figure,
        fmt(r.story, r.digits),
        fmt(r.baseline, r.digits),
        fmt(ratio(r.story, r.baseline), 2),
      ]),
      [
        'requests to another origin (all runs)',
        String(runs.story.reduce((n, r) => n + r.foreign, 0)),
        String(runs.baseline.reduce((n, r) => n + r.foreign, 0)),
        '—',
      ],
      ...CATEGORIES.map((c) => [
        `lighthouse ${c} (target ${c === 'performance' ? '≥ 0.9' : '1.0'})`,
        fmt(lh.scores?.[c] ?? null, 2),
        fmt(lhFloor.scores?.[c] ?? null, 2),
        '—',
      ]),
    ],
  ),
);
say(`\nthe live map's ready, split (medians, same runs):\n${ladderTable(ladder)}`);
say(
  `\nmaps: ${mapSize.width}×${mapSize.height} CSS px on both pages; frames over ${framed} flights, heap after all ${flights.length - 1}`,
);
say(
  `story files arrived (median ms from navigation): ${timeline(runs.story)
    .map((t) => `${t.file} ${t.end_ms.toFixed(0)}`)
    .join(' · ')}`,
);
for (const [page, result] of [
  ['story', lh],
  ['baseline', lhFloor],
] as const)
  say(
    `lighthouse figures, ${page}: ${
      Object.entries(result.metrics)
        .map(([k, v]) => `${k} ${v}`)
        .join(' · ') || '—'
    }`,
  );
for (const [page, result] of [
  ['story', lh],
  ['baseline', lhFloor],
] as const)
  say(`lighthouse blocking, ${page}:\n${describeBlocking(result.blocking, site.url, floor.url)}`);
const errors = [...runs.story, ...runs.baseline].flatMap((r) => r.errors);
if (errors.length > 0) say(`console errors in the pages: ${[...new Set(errors)].join(' | ')}`);

// The accessibility test fails on any serious or critical finding; here every finding is listed, whatever its impact.
say(`\naccessibility (axe-core): ${axe.length} finding(s) of any impact`);
for (const f of axe) say(`  ${describeFinding(f)}`);

say('\nbudgets:');
for (const b of budgets) say(`  ${b.pass ? 'ok  ' : 'FAIL'} ${b.name}: ${b.actual} (limit ${b.limit})`);

const duration_s = (Date.now() - started) / 1000;
mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
writeFileSync(
  join(ROOT, 'bench-results', 'bench.json'),
  JSON.stringify(
    {
      date: new Date().toISOString(),
      machine: {
        os: `${type()} ${release()}`,
        cpu: cpus()[0]?.model ?? 'unknown',
        cpus: cpus().length,
        memory_gb: Number((totalmem() / 2 ** 30).toFixed(1)),
      },
      chromium,
      node: process.version,
      runs: RUNS,
      viewport: { width: 1280, height: 800, deviceScaleFactor: 1 },
      map: mapSize,
      flights: { framed, total: flights.length - 1, list: flights },
      medians: med,
      ratios,
      ladder,
      timeline: { story: timeline(runs.story), baseline: timeline(runs.baseline) },
      assets_gzip9: assets,
      lighthouse: { version: '12.2.3', mode: 'mobile (default)', ...lh, baseline: lhFloor },
      axe,
      budgets,
      pass: budgets.every((b) => b.pass),
      raw: runs,
      duration_s,
    },
    null,
    2,
  ) + '\n',
);

writeFileSync(
  join(ROOT, 'docs', 'generated', 'benchmark.md'),
  [
    '# Benchmark: the latest run',
    '',
    `Written by \`npm run bench\` (bench/run.ts) on ${new Date().toISOString().slice(0, 10)}: ${RUNS} cold runs of each ` +
      `page, Chromium ${chromium}, ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, node ${process.version}, ` +
      `load average (1 min) ${loadAtStart.toFixed(1)} at the start and ${loadavg()[0]!.toFixed(1)} at the end. ` +
      'What each figure means: [docs/performance.md](../performance.md).',
    '',
    '```text',
    report.join('\n').trim(),
    '```',
    '',
  ].join('\n'),
);

const broken = budgets.filter((b) => !b.pass);
console.log(`\nbench: wrote bench-results/bench.json in ${duration_s.toFixed(0)} s`);
if (broken.length > 0) console.log(`bench: budget broken: ${broken.map((b) => b.name).join('; ')}`);
// Lighthouse can leave handles open after its browser has gone: end explicitly, with the budgets' verdict.
process.exit(broken.length > 0 ? 1 : 0);
