// The promise, under every fault of every file each page loads: the reader gets the text at once and, within 20 s,
// the live map (ready) or the static maps with one line saying why and a retry; nothing blank, nothing spinning
// forever, no uncaught error. Pages: the story page, the embed page, and <story-map> on a news page of another
// origin. Prints the matrix (faults survived / tried) that README.md carries.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject as provided, it } from 'vitest';
import type { Served } from '../../scripts/serve-dir';
import { DESKTOP, launch, openPage } from '../../scripts/browser/chromium';
import { DELAY_MS, FAULTS, inject, look, type Fault, type Seen } from './faults';
import { serveStrictHost } from './host-pages';

const SLUG = 'ningbo-town-race';
const TITLE = '街镇“赛马”：庄市、泗门、尚田争先记';
/** The promise's bound, from the moment the address is opened. */
const WITHIN_MS = 20_000;
/** Runs at a time, each in its own browser context: SwiftShader draws every map on the CPU. */
const CONCURRENCY = 3;

const site = provided('siteUrl');
let browser: Browser;
let host: Served;
beforeAll(async () => {
  browser = await launch();
  host = await serveStrictHost(site, 'element', null);
});
afterAll(async () => {
  await browser?.close();
  await host?.close();
});

const RESOURCES = {
  'page JS': /\/(assets\/(story|embed|global)-[\w-]+|embed|story-map-element)\.js$/,
  'MapLibre chunk': /\/assets\/maplibre-(?!gl-)[\w-]+\.js$/,
  worker: /\/assets\/maplibre-gl-csp-worker-[\w-]+\.js$/,
  basemap: /\/assets\/basemap\.topo-[\w-]+\.json$/,
  'story.json': /\/story\.json$/,
  'tones.css': /\/tones\.css$/,
  CSS: /\/assets\/[\w-]+\.css$/,
  'static map': /\/maps\/[\w.-]+\.svg$/,
} as const;
type Resource = keyof typeof RESOURCES;

interface PageKind {
  name: string;
  url: () => string;
  origins: () => string[];
  /** The story's text is in the page as served (prerendered): it must paint at once, not only within 20 s. */
  prerendered: boolean;
}
const PAGES: PageKind[] = [
  { name: 'story page', url: () => `${site}/${SLUG}/`, origins: () => [site], prerendered: true },
  { name: 'embed page', url: () => `${site}/${SLUG}/embed/`, origins: () => [site], prerendered: false },
  {
    name: '<story-map> on another origin',
    url: () => `${host.url}/`,
    origins: () => [site, host.url],
    prerendered: false,
  },
];

/**
 * Cells broken for reasons outside this test's files, and why: reported, not failed, for whoever fixes them. None
 * today. The two that were: a stylesheet <link> in the head blocks all painting, and every module script, until it
 * arrives, so one that never answered kept the page white (the pages now carry their CSS: render-page.ts); and a
 * <story-map> whose embed.js failed showed nothing (its embed code now carries a fallback: embed-codes.ts).
 */
const KNOWN: [page: string, resource: Resource, faults: Fault[], why: string][] = [];
const known = (r: Run) =>
  KNOWN.find(
    ([page, resource, faults]) =>
      page === r.page && resource === r.resource && faults.includes(r.fault as Fault),
  )?.[3];

interface Run {
  page: string;
  resource: Resource;
  fault: Fault | 'none';
  ok: boolean;
  ms: number;
  why: string;
}

/**
 * "At once", for a page whose text is in its HTML: painted without waiting for the file at fault. A file held back
 * is answered no sooner than DELAY_MS after its request, so a first paint before that did not wait for it; one that
 * never answers leaves nothing painted, which the 20 s bound catches. (A clock bound such as "within 3 s" failed on
 * this shared machine under load, for faults that hold nothing back.)
 */
function paintWaited(fault: Fault | null, painted: number): boolean {
  return fault === 'delay 5 s' && painted >= DELAY_MS;
}

/** The first reason the promise is broken on `seen`, or null once it is kept. */
function broken(kind: PageKind, fault: Fault | null, seen: Seen, elapsed: number): string | null {
  if (kind.prerendered && (seen.painted === null || paintWaited(fault, seen.painted)))
    return seen.painted === null ? 'nothing painted' : `first paint at ${seen.painted} ms`;
  const text = seen.title === TITLE || (!kind.prerendered && seen.told);
  if (!text) return 'no story text';
  if (seen.state === 'ready') return null;
  if (seen.told && seen.staticMap) return null;
  return `map ${seen.state ?? 'absent'}${seen.told ? ', told' : ''}${seen.staticMap ? ', static map' : ''} after ${elapsed} ms`;
}

async function attempt(
  kind: PageKind,
  resource: Resource,
  fault: Fault | null,
): Promise<Run & { urls: string[] }> {
  const w = await openPage(browser, kind.origins(), DESKTOP);
  const urls: string[] = [];
  w.page.on('request', (r) => urls.push(r.url()));
  const pageErrors: string[] = [];
  w.page.on('pageerror', (e) => pageErrors.push(String(e)));
  if (fault) await inject(w.page.context(), RESOURCES[resource], fault);
  const start = Date.now();
  let why: string | null = 'not opened';
  // A page whose stylesheet never comes never finishes loading: the promise is read from it, not from its load.
  await w.page.goto(kind.url(), { waitUntil: 'commit' }).catch(() => {});
  while (Date.now() - start < WITHIN_MS) {
    const seen = await look(w.page).catch(() => null);
    why = seen ? broken(kind, fault, seen, Date.now() - start) : 'page not readable';
    if (why === null) break;
    await w.page.waitForTimeout(250);
  }
  const ms = Date.now() - start;
  // A script that fails to load or parse is reported where it runs (a SyntaxError; importScripts' NetworkError in
  // the element's worker): that error is the fault itself, not one of ours.
  const script = fault !== null && fault !== 'delay 5 s' && /JS|chunk|worker/.test(resource);
  const uncaught = pageErrors.filter((e) => !(script && /SyntaxError|importScripts/.test(e)));
  if (why === null && uncaught.length > 0) why = `uncaught: ${uncaught[0]}`;
  await w.close();
  return { page: kind.name, resource, fault: fault ?? 'none', ok: why === null, ms, why: why ?? '', urls };
}

/** Runs `jobs` with at most `n` at a time, in order of submission. */
async function pool<T>(n: number, jobs: (() => Promise<T>)[]): Promise<T[]> {
  const out: T[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: n }, async () => {
      while (next < jobs.length) {
        const i = next++;
        out[i] = await jobs[i]!();
      }
    }),
  );
  return out;
}

function table(runs: Run[], applies: Map<string, Set<Resource>>): string {
  const resources = Object.keys(RESOURCES) as Resource[];
  const head = `| page | ${resources.join(' | ')} |`;
  const rule = `|---|${resources.map(() => '---').join('|')}|`;
  const rows = PAGES.map((kind) => {
    const cells = resources.map((r) => {
      if (!applies.get(kind.name)!.has(r)) return '—';
      const mine = runs.filter((x) => x.page === kind.name && x.resource === r);
      return `${mine.filter((x) => x.ok).length}/${mine.length}`;
    });
    return `| ${kind.name} | ${cells.join(' | ')} |`;
  });
  return [head, rule, ...rows].join('\n');
}

describe('fault matrix', () => {
  it(
    'every page keeps the promise under every fault of every file it loads',
    async () => {
      const started = Date.now();
      // What each page loads when nothing fails: a fault in a file it never asks for is no fault (—).
      const baseline = await pool(
        CONCURRENCY,
        PAGES.map((kind) => () => attempt(kind, 'page JS', null)),
      );
      for (const b of baseline) expect(b.ok, `${b.page} without faults: ${b.why}`).toBe(true);
      const applies = new Map(
        baseline.map((b) => [
          b.page,
          new Set(
            (Object.keys(RESOURCES) as Resource[]).filter((r) => b.urls.some((u) => RESOURCES[r].test(u))),
          ),
        ]),
      );
      const jobs = PAGES.flatMap((kind) =>
        [...applies.get(kind.name)!].flatMap((resource) =>
          FAULTS.map((fault) => () => attempt(kind, resource, fault)),
        ),
      );
      const runs = await pool(CONCURRENCY, jobs);
      const minutes = ((Date.now() - started) / 60_000).toFixed(1);
      const failed = runs.filter((r) => !r.ok);
      const key = (r: Run) => `${r.page} × ${r.resource} × ${r.fault}`;
      console.log(
        `\nFault matrix: faults survived / faults tried (${FAULTS.join(', ')}), ${runs.length} runs in ${minutes} min\n\n` +
          `${table(runs, applies)}\n\n` +
          failed.map((r) => `- ${key(r)}: ${r.why}${known(r) ? ' (known)' : ''}`).join('\n') +
          `\nslowest kept: ${Math.max(...runs.filter((r) => r.ok).map((r) => r.ms))} ms\n`,
      );
      expect(failed.filter((r) => !known(r)).map((r) => `${key(r)}: ${r.why}`)).toEqual([]);
    },
    15 * 60_000,
  );
});
