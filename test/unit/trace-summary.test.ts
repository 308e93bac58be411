// The traced start's summary (bench/trace-summary.ts): a small hand-made trace whose answers are known.
import { describe, expect, it } from 'vitest';
import { fileOf, summarise, type TraceEvent } from '../../bench/trace-summary';
import { ladderMedians } from '../../bench/ladder';

const MAIN = { pid: 1, tid: 10 };
const WORKER = { pid: 1, tid: 11 };
const GPU = { pid: 2, tid: 20 };
const OTHER_TAB = { pid: 3, tid: 30 };
const name = (at: { pid: number; tid: number }, thread: string): TraceEvent => ({
  name: 'thread_name',
  cat: '__metadata',
  ph: 'M',
  ts: 0,
  ...at,
  args: { name: thread },
});
/** A complete event, times in ms (the trace's are µs). */
const x = (
  at: { pid: number; tid: number },
  event: string,
  from: number,
  ms: number,
  url?: string,
): TraceEvent => ({
  name: event,
  cat: 'devtools.timeline',
  ph: 'X',
  ts: from * 1000,
  dur: ms * 1000,
  ...at,
  ...(url ? { args: { data: { url } } } : {}),
});
const instant = (
  at: { pid: number; tid: number },
  event: string,
  from: number,
  data?: object,
): TraceEvent => ({
  name: event,
  cat: 'blink.user_timing',
  ph: 'R',
  ts: from * 1000,
  ...at,
  ...(data ? { args: { data } } : {}),
});

// Navigation at 1000 ms of trace time (the sync mark at 3000 ms is performance.now() 2000); ready at now() 1500.
const events: TraceEvent[] = [
  name(MAIN, 'CrRendererMain'),
  name(WORKER, 'DedicatedWorker thread'),
  name(GPU, 'CrGpuMain'),
  name(OTHER_TAB, 'CrRendererMain'),
  // Before navigation: not counted.
  x(MAIN, 'FunctionCall', 500, 100, 'http://h/assets/old-abcdefgh.js'),
  // A task: script in MapLibre's chunk (40 ms of its own), a forced layout inside it (10), a readback wait (30).
  x(MAIN, 'RunTask', 1100, 100),
  x(MAIN, 'FunctionCall', 1100, 80, 'http://h/assets/maplibre-BSF0zYb_.js'),
  x(MAIN, 'Layout', 1110, 10),
  x(MAIN, 'GLES2::ReadPixels', 1130, 30),
  x(MAIN, 'ImplementationBase::WaitForCmd', 1130, 30),
  x(MAIN, 'FireAnimationFrame', 1200, 20),
  x(MAIN, 'FunctionCall', 1200, 20, 'http://h/assets/story-DL37aOQm.js'),
  // Across ready (2500): counted up to it.
  x(MAIN, 'Paint', 2480, 40),
  x(MAIN, 'FireAnimationFrame', 2600, 10),
  // The worker: two overlapping spans count once.
  x(WORKER, 'RunTask', 1000, 50),
  x(WORKER, 'FunctionCall', 1010, 20),
  x(WORKER, 'RunTask', 1200, 25),
  x(GPU, 'RunTask', 1300, 60),
  x(OTHER_TAB, 'FunctionCall', 1100, 500, 'chrome://new-tab-page/x.js'),
  instant(MAIN, 'bench:map-constructed', 1250),
  instant(MAIN, 'ResourceSendRequest', 1050, {
    requestId: 'r1',
    url: 'http://h/assets/basemap.topo-CzyDCFRC.json',
  }),
  instant(MAIN, 'ResourceFinish', 1300, { requestId: 'r1' }),
  instant(OTHER_TAB, 'ResourceSendRequest', 1050, { requestId: 'r9', url: 'chrome://x/app.js' }),
  instant(OTHER_TAB, 'ResourceFinish', 1060, { requestId: 'r9' }),
  instant(MAIN, 'bench:sync', 3000),
];

describe('the traced start, summarised', () => {
  const s = summarise(events, 'bench:sync', 2000, 1500);

  it("charges the page's main thread by kind, its own time only, between navigation and ready", () => {
    expect(s.main_ms.script).toBeCloseTo(40 + 20, 6);
    expect(s.main_ms['style+layout']).toBeCloseTo(10, 6);
    expect(s.main_ms['waiting for the GPU']).toBeCloseTo(30, 6);
    expect(s.main_ms.paint).toBeCloseTo(20, 6);
    expect(s.main_ms.other).toBeCloseTo(20, 6);
    expect(s.script_by_file_ms).toEqual({ 'maplibre.js': 40, 'story.js': 20 });
  });

  it('counts busy threads once where their spans nest, and frames and readbacks before ready', () => {
    expect(s.worker_ms).toBeCloseTo(75, 6);
    expect(s.gpu_ms).toBeCloseTo(60, 6);
    expect(s.animation_frames).toBe(1);
    expect([s.readbacks, s.readback_ms]).toEqual([1, 30]);
  });

  it("times marks and arrivals from navigation, the page's own requests only", () => {
    expect(s.marks_ms).toEqual({ 'bench:map-constructed': 250 });
    expect(s.arrived_ms).toEqual({ 'basemap.topo.json': 300 });
  });

  it('says so when the page was not traced', () => {
    expect(() => summarise(events, 'bench:none', 0, 0)).toThrow(/no "bench:none" mark/);
  });
});

describe('the ladder', () => {
  it('gives each rung as a multiple of the floor', () => {
    const r = (...ms: number[]) => ms.map((ready_ms) => ({ ready_ms }));
    const m = ladderMedians({ floor: r(800, 1000, 900), rung: r(1350, 1500), story: r(1800, 1700, 3000) });
    expect(m).toEqual({
      floor_ms: 900,
      rung_ms: 1425,
      story_ms: 1800,
      rung_ratio: 1425 / 900,
      story_ratio: 2,
    });
  });
});

it('names files without their build hash', () => {
  expect(fileOf('http://h/assets/maplibre-gl-csp-worker-pf4gVupo.js?x=1')).toBe('maplibre-gl-csp-worker.js');
});
