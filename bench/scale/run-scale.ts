// `npm run bench -- --scale`: how the costs grow with the work. Synthetic stories made from the real ones (18, 50,
// 100, 200 chapters in one story; 2, 10, 50 stories in one site) are built in a temp copy of the project and read
// in Chromium. Writes bench-results/scale.json and docs/scale.svg, and prints where a cost grows faster than the size.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { launch } from '../../scripts/browser/chromium';
import { serveDir } from '../../scripts/serve-dir';
import { formatTable } from '../format-table';
import { buildStories, projectCopy, type StoryFiles } from './build-copy';
import { measureSite, type SiteFigures } from './measure-site';
import { growth } from './growth';
import { scaleChart } from './scale-chart';
import { lengthenStory, storyCopies } from './synth-stories';

const CHAPTER_COUNTS = [18, 50, 100, 200];
const STORY_COUNTS = [2, 10, 50];
/** The story lengthened along the chapter axis: the longest real one. */
const LONG_STORY = 'ningbo-town-race';

export interface ScaleRow extends SiteFigures {
  axis: 'chapters' | 'stories';
  /** Chapters in the story read (chapter axis) or stories in the site (story axis). */
  n: number;
  chapters_total: number;
  build_ms: number;
  html_bytes_per_chapter: number;
  html_gzip_per_chapter: number;
}

const chaptersOf = (yaml: string) => (parse(yaml) as { chapters: unknown[] }).chapters.length;

export async function runScale(root: string, runs: number, progress: (msg: string) => void) {
  const places = Object.keys(
    JSON.parse(readFileSync(join(root, 'geodata', 'gazetteer.json'), 'utf8')) as object,
  ).sort();
  const real = readdirSync(join(root, 'stories'), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  const files = (slug: string) => ({
    yaml: readFileSync(join(root, 'stories', slug, 'story.yaml'), 'utf8'),
    source: readFileSync(join(root, 'stories', slug, 'source.txt'), 'utf8'),
  });
  const plans: { axis: ScaleRow['axis']; n: number; stories: StoryFiles[] }[] = [
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
      stories: storyCopies(real, n).map(({ slug, from }) => ({ slug, ...files(from) })),
    })),
  ];

  const copy = projectCopy(root);
  const browser = await launch();
  const rows: ScaleRow[] = [];
  try {
    for (const plan of plans) {
      progress(
        `scale: building ${plan.stories.length} stor${plan.stories.length === 1 ? 'y' : 'ies'} (${plan.axis} ${plan.n})`,
      );
      const built = buildStories(copy.dir, plan.stories);
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
          ...figures,
        });
        progress(`scale: ${JSON.stringify(rows.at(-1))}`);
      } finally {
        await site.close();
      }
    }
  } finally {
    await browser.close();
    copy.remove();
  }
  return report(root, rows, runs);
}

/** Prints the tables and the growth verdicts, and writes the chart and scale.json (also from a saved scale.json). */
function report(root: string, rows: ScaleRow[], runs: number) {
  const f = (n: number | null, d = 0) => (n === null ? '—' : n.toFixed(d));
  const ch = rows.filter((r) => r.axis === 'chapters');
  const st = rows.filter((r) => r.axis === 'stories');
  console.log(
    `\nscale: one story of n chapters (medians of ${runs} cold loads; scroll: ms of main-thread work per wheel notch)`,
  );
  console.log(
    formatTable(
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
    ),
  );
  console.log('\nscale: n stories in one site (the first story read)');
  console.log(
    formatTable(
      ['stories', 'build (s)', 'build per story (s)', 'HTML B/chapter', 'ready (ms)', 'heap (MB)'],
      st.map((r) => [
        String(r.n),
        f(r.build_ms / 1000, 1),
        f(r.build_ms / r.n / 1000, 2),
        f(r.html_bytes_per_chapter),
        f(r.ready_ms),
        f(r.heap_mb, 1),
      ]),
    ),
  );
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
        'time to ready': st.map((r) => r.ready_ms),
      },
    ),
  ];
  console.log(
    '\nscale: growth from the smallest to the largest size (exponent: 1 is in proportion, 0 is flat)',
  );
  for (const g of flags) console.log(`  ${g.superlinear ? 'FASTER THAN LINEAR' : 'ok'}  ${g.text}`);

  const chart = scaleChart(
    [
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
        title: 'n stories in one site',
        xLabel: 'stories in the site',
        xs: st.map((r) => r.n),
        series: [
          {
            name: 'HTML bytes per chapter',
            values: st.map((r) => r.html_bytes_per_chapter),
            color: '#1f6fb2',
          },
          { name: 'build time per story', values: st.map((r) => r.build_ms / r.n), color: '#7a4fb0' },
          { name: 'time to the live map', values: st.map((r) => r.ready_ms), color: '#c8671b' },
          { name: 'JS heap after every chapter', values: st.map((r) => r.heap_mb), color: '#b0304f' },
        ],
      },
    ],
    `Each figure as a multiple of its value at the smallest size (log scale); ${new Date().toISOString().slice(0, 10)}, npm run bench -- --scale`,
  );
  mkdirSync(join(root, 'docs'), { recursive: true });
  writeFileSync(join(root, 'docs', 'scale.svg'), chart);
  mkdirSync(join(root, 'bench-results'), { recursive: true });
  writeFileSync(
    join(root, 'bench-results', 'scale.json'),
    JSON.stringify({ date: new Date().toISOString(), runs, rows, growth: flags }, null, 2) + '\n',
  );
  console.log('\nscale: wrote docs/scale.svg and bench-results/scale.json');
  return { rows, flags };
}
