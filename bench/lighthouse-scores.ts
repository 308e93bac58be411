// Lighthouse (its default mobile mode) on one page, in a Chromium of our own with the tests' flags. Any failure is
// reported as the reason, never thrown: the scores are recorded, not enforced.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS } from '../scripts/browser/chromium';
import { freePort } from './free-port';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof CATEGORIES)[number];

export interface LighthouseResult {
  scores: Record<Category, number | null> | null;
  /** Lighthouse's own figures behind the performance score (display values), for reading the score. */
  metrics: Record<string, string>;
  /**
   * Where the total blocking time comes from: Lighthouse's long main-thread tasks (on its simulated phone) with the
   * script each is attributed to, and each script's own time (evaluation, compilation) over the whole load.
   */
  blocking: { longTasks: Task[]; scripts: Task[] };
  error: string | null;
}

interface Task {
  url: string;
  start_ms?: number;
  ms: number;
}

interface AuditItems {
  details?: { items?: Record<string, unknown>[] };
}

/** The rows of a table audit, with the fields read as numbers or text. */
function rows(audit: AuditItems | undefined, ms: string, start?: string): Task[] {
  return (audit?.details?.items ?? []).map((i) => ({
    url: String(i.url ?? ''),
    ...(start ? { start_ms: Math.round(Number(i[start] ?? 0)) } : {}),
    ms: Math.round(Number(i[ms] ?? 0)),
  }));
}

const METRICS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
];
const NONE = { longTasks: [], scripts: [] };
const START_TIMEOUT_MS = 30_000;
const RUN_TIMEOUT_MS = 240_000;

async function debuggerReady(port: number): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const up = await fetch(`http://127.0.0.1:${port}/json/version`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`Chromium's debugging port ${port} did not open within ${START_TIMEOUT_MS} ms`);
}

function timeout(ms: number): Promise<never> {
  return new Promise((_, reject) =>
    setTimeout(() => reject(new Error(`no result within ${ms} ms`)), ms).unref(),
  );
}

export async function lighthouseScores(url: string): Promise<LighthouseResult> {
  const port = await freePort();
  const profile = mkdtempSync(join(tmpdir(), 'bench-lighthouse-'));
  // Its own process group, so Chromium's helper processes end with it.
  const chrome = spawn(
    process.env.CHROME_PATH ?? '/usr/bin/chromium',
    [
      ...CHROMIUM_ARGS,
      '--headless=new',
      // As playwright-core launches it for the measured runs: Chromium's sandbox refuses to start as root.
      '--no-sandbox',
      `--remote-debugging-port=${port}`,
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'], detached: true },
  );
  let stderr = '';
  chrome.stderr?.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-2000)));
  let spawnError: Error | null = null;
  const exited = new Promise<void>((resolve) => {
    chrome.once('exit', () => resolve());
    chrome.once('error', (e) => resolve(void (spawnError = e)));
  });
  try {
    await debuggerReady(port).catch((e: unknown) => {
      throw spawnError ?? new Error(`${e instanceof Error ? e.message : e}; Chromium said: ${stderr.trim()}`);
    });
    const run = lighthouse(url, {
      port,
      hostname: '127.0.0.1',
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    });
    // Past the timeout, Lighthouse fails once its browser is gone: that late failure is already reported.
    run.catch(() => undefined);
    const result = await Promise.race([run, timeout(RUN_TIMEOUT_MS)]);
    if (!result) return { scores: null, metrics: {}, blocking: NONE, error: 'Lighthouse returned no result' };
    const { lhr } = result;
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, lhr.categories[c]?.score ?? null]));
    const metrics = Object.fromEntries(METRICS.map((m) => [m, lhr.audits[m]?.displayValue ?? '']));
    return {
      scores: scores as Record<Category, number | null>,
      metrics,
      blocking: {
        longTasks: rows(lhr.audits['long-tasks'] as AuditItems, 'duration', 'startTime'),
        scripts: rows(lhr.audits['bootup-time'] as AuditItems, 'scripting'),
      },
      error: lhr.runtimeError ? `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` : null,
    };
  } catch (e) {
    return { scores: null, metrics: {}, blocking: NONE, error: e instanceof Error ? e.message : String(e) };
  } finally {
    if (chrome.pid !== undefined && chrome.exitCode === null && chrome.signalCode === null) {
      try {
        process.kill(-chrome.pid, 'SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      } catch {
        // Already gone between the check and the signal: nothing left to end.
      }
    }
    rmSync(profile, { recursive: true, force: true });
  }
}
