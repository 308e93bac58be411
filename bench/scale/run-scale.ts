// `npm run bench -- --scale`: how the costs grow with the work. Synthetic stories made from the real ones (18, 50,
// 100, 200 chapters in one story; 2, 10, 50 stories in one site, spread over the country) are built in a temp copy
// of the project and read in Chromium. Writes bench-results/scale.json, docs/scale.svg and docs/generated/scale.md,
// and prints where a cost grows faster than it may. SCALE_AXES=stories (or chapters) runs one axis alone; the other
// axis's rows are then kept from the last bench-results/scale.json, with the date of their run.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { launch } from '../../scripts/browser/chromium';
import { serveDir } from '../../scripts/serve-dir';
import { formatTable } from '../format-table';
import { loadCoverage } from '../../scripts/stories/load-stories';
import { BuildFailed, buildStories, projectCopy, type StoryFiles, type TileFigures } from './build-copy';
import { measureSite, type SiteFigures } from './measure-site';
import { FLAT_MARGIN, growth } from './growth';
import { scaleChart } from './scale-chart';
import { lengthenStory, seatsOf, spreadCopies, type Movable } from './synth-stories';

const CHAPTER_COUNTS = [18, 50, 100, 200];
const STORY_COUNTS = [2, 10, 50];
/** The story lengthened along the chapter axis: the longest real one. */
const LONG_STORY = 'ningbo-town-race';

const AXES = ['chapters', 'stories'] as const;
type Axis = (typeof AXES)[number];

export interface ScaleRow extends SiteFigures, TileFigures {
  axis: Axis;
  /** Chapters in the story read (chapter axis) or stories in the site (story axis). */
  n: number;
  chapters_total: number;
  build_ms: number;
  html_bytes_per_chapter: number;
  html_gzip_per_chapter: number;
  /** On the story axis, each story's slug and the town it was moved to. */
  placed?: string[];
}

const chaptersOf = (yaml: string) => (parse(yaml) as { chapters: unknown[] }).chapters.length;

/** A size whose build failed: the run goes on, and fails at its end. */
interface Failure {
  axis: Axis;
  n: number;
  build_ms: number;
  error: string;
}

/** When and with how many cold loads an axis was measured. */
interface AxisRun {
  date: string;
  runs: number;
}

interface Saved {
  rows: ScaleRow[];
  axisRuns: Partial<Record<Axis, AxisRun>>;
}

/** The rows and runs of the axes not measured now, from the last scale.json (none if it is missing or older). */
function kept(root: string, axes: readonly Axis[]): Saved {
  let saved: Partial<Saved>;
  try {
    saved = JSON.parse(readFileSync(join(root, 'bench-results', 'scale.json'), 'utf8')) as Partial<Saved>;
  } catch {
    return { rows: [], axisRuns: {} };
  }
  const others = AXES.filter((a) => !axes.includes(a) && saved.axisRuns?.[a]);
  return {
    rows: (saved.rows ?? []).filter((r) => others.includes(r.axis)),
    axisRuns: Object.fromEntries(others.map((a) => [a, saved.axisRuns![a]])),
  };
}

/** The axes SCALE_AXES names (a comma-separated list), or both. */
function axesAsked(): Axis[] {
  const asked = process.env.SCALE_AXES?.split(',').map((a) => a.trim());
  if (!asked) return [...AXES];
  const unknown = asked.filter((a) => !(AXES as readonly string[]).includes(a));
  if (unknown.length) throw new Error(`SCALE_AXES: unknown axis ${unknown.join(', ')} (${AXES.join(', ')})`);
  return AXES.filter((a) => asked.includes(a));
}

export async function runScale(root: string, runs: number, progress: (msg: string) => void) {
  const axes = axesAsked();
  const gazetteer = JSON.parse(readFileSync(join(root, 'geodata', 'gazetteer.json'), 'utf8')) as Record<
    string,
    Parameters<typeof spreadCopies>[3][string]
  >;
  const places = Object.keys(gazetteer).sort();
  const real = readdirSync(join(root, 'stories'), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  const files = (slug: string) => ({
    yaml: readFileSync(join(root, 'stories', slug, 'story.yaml'), 'utf8'),
    source: readFileSync(join(root, 'stories', slug, 'source.txt'), 'utf8'),
  });
  const movable = (slug: string): Movable => {
    const dir = join(root, 'stories', slug);
    const layers = readdirSync(dir).filter((f) => f.endsWith('.geojson'));
    return {
      yaml: files(slug).yaml,
      layers: Object.fromEntries(layers.map((f) => [f, readFileSync(join(dir, f), 'utf8')])),
    };
  };
  // One spread of the largest site: a smaller one is its first stories, so each size reads the same first story.
  const spread = axes.includes('stories')
    ? spreadCopies(
        Object.fromEntries(real.map((slug) => [slug, movable(slug)])),
        Math.max(...STORY_COUNTS),
        seatsOf(
          JSON.parse(
            readFileSync(
              join(root, 'geodata', 'sources', 'china', 'ne10m_populated_places_china.geojson'),
              'utf8',
            ),
          ) as Parameters<typeof seatsOf>[0],
        ),
        gazetteer,
        (lon, lat) => loadCoverage().covers(lon, lat),
      )
    : [];
  const plans: { axis: Axis; n: number; stories: StoryFiles[]; placed?: string[] }[] = [
    ...CHAPTER_COUNTS.map((n) => {
      const { yaml, source } = files(LONG_STORY);
      return {
        axis: 'chapters' as const,
        n,
        stories: [{ slug: `chapters-${n}`, yaml: lengthenStory(yaml, n, places), source }],
      };
    }),
    ...STORY_COUNTS.map((n) => ({
      axis: 'stories' as const,
      n,
      placed: spread.slice(0, n).map((s) => `${s.slug} at ${s.seat}`),
      stories: spread.slice(0, n).map(({ slug, from, story }) => ({
        slug,
        yaml: story.yaml,
        source: files(from).source,
        layers: story.layers,
        mediaFrom: join(root, 'stories', from),
      })),
    })),
  ].filter((p) => axes.includes(p.axis));

  const copy = projectCopy(root);
  const browser = await launch();
  const rows: ScaleRow[] = [];
  const failures: Failure[] = [];
  const date = new Date().toISOString();
  const old = kept(root, axes);
  const axisRuns = (): Partial<Record<Axis, AxisRun>> => ({
    ...old.axisRuns,
    ...Object.fromEntries(axes.map((a) => [a, { date, runs }])),
  });
  try {
    for (const plan of plans) {
      progress(
        `scale: building ${plan.stories.length} stor${plan.stories.length === 1 ? 'y' : 'ies'} (${plan.axis} ${plan.n})`,
      );
      let built: ReturnType<typeof buildStories>;
      try {
        built = buildStories(copy.dir, plan.stories);
      } catch (e) {
        if (!(e instanceof BuildFailed)) throw e;
        failures.push({ axis: plan.axis, n: plan.n, build_ms: e.build_ms, error: e.message });
        progress(`scale: ${plan.axis} ${plan.n}: ${e.message}`);
        report(root, rows, failures, axisRuns(), false);
        continue;
      }
      const chapters = plan.stories.reduce((sum, s) => sum + chaptersOf(s.yaml), 0);
      const html = Object.values(built.html);
      const site = await serveDir(built.dist);
      try {
        // The story read is the first: on the story axis, one page among more and more others.
        progress(`scale: reading ${plan.stories[0]!.slug} (${runs} cold loads, a scroll, every chapter)`);
        const figures = await measureSite(browser, site.url, plan.stories[0]!.slug, runs);
        rows.push({
          axis: plan.axis,
          n: plan.n,
          chapters_total: chapters,
          build_ms: built.build_ms,
          html_bytes_per_chapter: html.reduce((s, h) => s + h.raw, 0) / chapters,
          html_gzip_per_chapter: html.reduce((s, h) => s + h.gzip, 0) / chapters,
          ...built.tiles,
          ...figures,
          ...(plan.placed ? { placed: plan.placed } : {}),
        });
        progress(`scale: ${JSON.stringify(rows.at(-1))}`);
        // Written as each size is done, so a run stopped later still leaves its figures.
        report(root, [...old.rows, ...rows], failures, axisRuns(), false);
      } finally {
        await site.close();
      }
    }
  } finally {
    await browser.close();
    copy.remove();
  }
  return report(root, [...old.rows, ...rows], failures, axisRuns(), true);
}

/** Prints the tables and the growth verdicts, and writes the chart, docs/generated/scale.md and scale.json. */
function report(
  root: string,
  rows: ScaleRow[],
  failures: readonly Failure[],
  axisRuns: Partial<Record<Axis, AxisRun>>,
  print: boolean,
) {
  const log = (msg: string) => {
    if (print) console.log(msg);
  };
  const runsOf = (a: Axis) => axisRuns[a]?.runs ?? 0;
  const f = (n: number | null, d = 0) => (n === null ? '—' : n.toFixed(d));
  const kb = (n: number | null, d = 0) => (n === null ? '—' : (n / 1024).toFixed(d));
  const ch = rows.filter((r) => r.axis === 'chapters');
  const st = rows.filter((r) => r.axis === 'stories');
  const chTitle = `One story of n chapters (medians of ${runsOf('chapters')} cold loads; scroll: ms of main-thread work per wheel notch)`;
  const chTable = formatTable(
    [
      'chapters',
      'build (s)',
      'HTML B/chapter',
      'gzip B/chapter',
      'ready (ms)',
      'scroll median',
      'scroll p95',
      'heap (MB)',
    ],
    ch.map((r) => [
      String(r.n),
      f(r.build_ms / 1000, 1),
      f(r.html_bytes_per_chapter),
      f(r.html_gzip_per_chapter),
      f(r.ready_ms),
      f(r.scroll_median_ms, 1),
      f(r.scroll_p95_ms, 1),
      f(r.heap_mb, 1),
    ]),
  );
  const stTitle = `n stories spread over China in one site (the first story read; medians of ${runsOf('stories')} cold loads)`;
  const stTable = formatTable(
    [
      'stories',
      'build (s)',
      'build/story (s)',
      'tile files',
      'tiles (KB)',
      'tiles gzip (KB)',
      'tiles gzip/story (KB)',
      'HTML B/chapter',
      'ready (ms)',
      'KB by ready',
      'tiles by ready',
      'heap (MB)',
    ],
    st.map((r) => [
      String(r.n),
      f(r.build_ms / 1000, 1),
      f(r.build_ms / r.n / 1000, 2),
      String(r.tile_files),
      kb(r.tile_bytes),
      kb(r.tile_gzip),
      kb(r.tile_gzip / r.n, 1),
      f(r.html_bytes_per_chapter),
      f(r.ready_ms),
      kb(r.bytes_by_ready),
      f(r.tiles_by_ready),
      f(r.heap_mb, 1),
    ]),
  );
  if (ch.length) log(`\nscale: ${chTitle}\n${chTable}`);
  if (st.length) log(`\nscale: ${stTitle}\n${stTable}`);
  const flags = [
    ...growth(
      'chapters',
      ch.map((r) => r.n),
      {
        'build time': ch.map((r) => r.build_ms),
        'HTML bytes': ch.map((r) => r.html_bytes_per_chapter * r.chapters_total),
        'time to ready': ch.map((r) => r.ready_ms),
        'scroll cost (median)': ch.map((r) => r.scroll_median_ms),
        'JS heap': ch.map((r) => r.heap_mb),
      },
    ),
    ...growth(
      'stories',
      st.map((r) => r.n),
      {
        'build time': st.map((r) => r.build_ms),
        'HTML bytes': st.map((r) => r.html_bytes_per_chapter * r.chapters_total),
        'tile bytes on disk (gzip)': st.map((r) => r.tile_gzip),
        'tile files': st.map((r) => r.tile_files),
        'time to ready': st.map((r) => r.ready_ms),
        // One story's reader pays for that story alone, however many others the site holds.
        'bytes by ready (one story)': st.map((r) => r.bytes_by_ready),
      },
      { 'bytes by ready (one story)': FLAT_MARGIN },
    ),
  ].filter((g) => Object.hasOwn(axisRuns, g.axis));
  const verdicts = flags.map((g) => `${g.tooFast ? 'FASTER THAN ALLOWED' : 'ok'}  ${g.text}`);
  log('\nscale: growth from the smallest to the largest size (exponent: 1 is in proportion, 0 is flat)');
  for (const v of verdicts) log(`  ${v}`);
  // The build's heap limit, when the run raised it: a build that needs more than Node's default says so here.
  const heap = process.env.NODE_OPTIONS?.match(/--max-old-space-size=\d+/)?.[0];
  const failed = failures.map(
    (f) => `${f.n} ${f.axis}: ${f.error} (${(f.build_ms / 1000).toFixed(0)} s${heap ? `, ${heap}` : ''})`,
  );
  for (const f of failed) log(`  FAILED  ${f}`);

  const date = new Date().toISOString();
  const panels = [
    {
      title: 'One story, n chapters',
      xLabel: 'chapters in the story',
      xs: ch.map((r) => r.n),
      series: [
        {
          name: 'HTML bytes per chapter',
          values: ch.map((r) => r.html_bytes_per_chapter),
          color: '#1f6fb2',
        },
        { name: 'build time per chapter', values: ch.map((r) => r.build_ms / r.n), color: '#7a4fb0' },
        { name: 'time to the live map', values: ch.map((r) => r.ready_ms), color: '#c8671b' },
        {
          name: 'scroll: main thread per notch',
          values: ch.map((r) => r.scroll_median_ms),
          color: '#3b8f3e',
        },
        { name: 'JS heap after every chapter', values: ch.map((r) => r.heap_mb), color: '#b0304f' },
      ],
    },
    {
      title: 'n stories spread over China, one site',
      xLabel: 'stories in the site',
      xs: st.map((r) => r.n),
      series: [
        {
          name: 'HTML bytes per chapter',
          values: st.map((r) => r.html_bytes_per_chapter),
          color: '#1f6fb2',
        },
        { name: 'build time per story', values: st.map((r) => r.build_ms / r.n), color: '#7a4fb0' },
        { name: 'tile bytes (gzip) per story', values: st.map((r) => r.tile_gzip / r.n), color: '#6b6b6b' },
        { name: 'bytes by ready (one story)', values: st.map((r) => r.bytes_by_ready), color: '#2a8c8c' },
        { name: 'time to the live map', values: st.map((r) => r.ready_ms), color: '#c8671b' },
        { name: 'JS heap after every chapter', values: st.map((r) => r.heap_mb), color: '#b0304f' },
      ],
    },
  ].filter((p) => p.xs.length > 0);
  const chart = scaleChart(
    panels,
    `Each figure as a multiple of its value at the smallest size (log scale); ${date.slice(0, 10)}, npm run bench -- --scale`,
  );
  const ran = AXES.filter((a) => axisRuns[a])
    .map((a) => {
      const n = runsOf(a);
      return `The ${a} axis: run of ${axisRuns[a]!.date.slice(0, 16).replace('T', ' ')} UTC, ${n} cold load${n === 1 ? '' : 's'} per size.`;
    })
    .join(' ');
  mkdirSync(join(root, 'docs', 'generated'), { recursive: true });
  writeFileSync(join(root, 'docs', 'scale.svg'), chart);
  writeFileSync(
    join(root, 'docs', 'generated', 'scale.md'),
    [
      '# Scale bench',
      '',
      `Written by \`npm run bench -- --scale\`; do not edit. ${ran}${heap ? ` Builds run with NODE_OPTIONS=${heap}.` : ''} What each figure means: [docs/performance.md](../performance.md#costs-as-the-work-grows).`,
      ...(ch.length ? ['', `## ${chTitle}`, '', chTable] : []),
      ...(st.length
        ? [
            '',
            `## ${stTitle}`,
            '',
            `Each copy of a real story moved to a town of its own (Natural Earth populated places): ${st.at(-1)!.placed!.join(', ')}.`,
            '',
            stTable,
          ]
        : []),
      ...(failed.length ? ['', '## Sizes not measured', '', ...failed.map((f) => `- ${f}`)] : []),
      '',
      '## Growth from the smallest to the largest size',
      '',
      'Exponent k of cost ∝ size^k, between the smallest and the largest size measured: 1 is in proportion, 0 is flat.',
      '',
      ...flags.map((g) => `- ${g.tooFast ? '**faster than allowed**' : 'ok'}: ${g.text}`),
      '',
    ].join('\n'),
  );
  mkdirSync(join(root, 'bench-results'), { recursive: true });
  writeFileSync(
    join(root, 'bench-results', 'scale.json'),
    JSON.stringify({ date, axisRuns, rows, failures, growth: flags }, null, 2) + '\n',
  );
  log('\nscale: wrote docs/scale.svg, docs/generated/scale.md and bench-results/scale.json');
  return { rows, flags, failures };
}
