// Reads one Chrome trace of a page's cold load, up to its map's ready, into a few figures: where the page's main
// thread spent its time (script by file, style and layout, paint), how busy MapLibre's worker, the GPU process and
// the raster threads were, how many frames were drawn, and when the map was made and its files arrived.

/** A Chrome trace event, the fields read here. */
export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string; requestId?: string } };
}

export type Kind =
  'script' | 'gc' | 'style+layout' | 'paint' | 'waiting for the GPU' | 'parse html' | 'other';
export const MAIN_KINDS: readonly Kind[] = [
  'script',
  'gc',
  'style+layout',
  'paint',
  'waiting for the GPU',
  'parse html',
  'other',
];

export interface TraceSummary {
  /** Main-thread self time by kind, ms from navigation to ready. */
  main_ms: Record<Kind, number>;
  /** Main-thread script self time by file (hashes dropped; "(no file)" for script no file is named for). */
  script_by_file_ms: Record<string, number>;
  /** Busy ms of MapLibre's worker thread(s), the GPU process's main and the raster threads. */
  worker_ms: number;
  gpu_ms: number;
  raster_ms: number;
  /** Animation frames run on the main thread (MapLibre draws in them) and frames the compositor drew. */
  animation_frames: number;
  drawn_frames: number;
  /**
   * Frames whose WebGL canvas the main thread read back for the compositor (software compositing, as with
   * --disable-gpu), and the ms it waited for them: each waits for the GPU process to finish drawing that frame.
   */
  readbacks: number;
  readback_ms: number;
  /** ms the main thread waited on shader compiles (MapLibre asks each program's status as it first draws it). */
  shader_wait_ms: number;
  /** ms from navigation: marks the page or the harness set (bench:*), and each file's arrival. */
  marks_ms: Record<string, number>;
  arrived_ms: Record<string, number>;
  ready_ms: number;
}

const KINDS: Record<string, Kind> = {
  FunctionCall: 'script',
  EvaluateScript: 'script',
  'v8.evaluateModule': 'script',
  'v8.compile': 'script',
  'v8.compileModule': 'script',
  'v8.produceModuleCache': 'script',
  'v8.produceCache': 'script',
  'v8.run': 'script',
  'v8.callFunction': 'script',
  RunMicrotasks: 'script',
  TimerFire: 'script',
  FireAnimationFrame: 'script',
  FireIdleCallback: 'script',
  EventDispatch: 'script',
  MinorGC: 'gc',
  MajorGC: 'gc',
  'V8.GC_SCAVENGER': 'gc',
  'V8.GC_MARK_COMPACTOR': 'gc',
  UpdateLayoutTree: 'style+layout',
  Layout: 'style+layout',
  RecalculateStyles: 'style+layout',
  ParseAuthorStyleSheet: 'style+layout',
  PrePaint: 'style+layout',
  'IntersectionObserverController::computeIntersections': 'style+layout',
  Paint: 'paint',
  PaintImage: 'paint',
  Layerize: 'paint',
  Commit: 'paint',
  CompositeLayers: 'paint',
  UpdateLayerTree: 'paint',
  'Decode Image': 'paint',
  ParseHTML: 'parse html',
  // A synchronous call into the GPU process (a readback, a shader's compile status) blocks until the GPU process
  // has run every command before it: with software WebGL, that is the drawing itself.
  'ImplementationBase::WaitForCmd': 'waiting for the GPU',
  'CommandBufferProxyImpl::WaitForGetOffset': 'waiting for the GPU',
};

/** A file's name without its build hash, so that the site's and the bench's builds name the same file alike. */
export function fileOf(url: string): string {
  const path = url.replace(/[?#].*$/, '');
  return path.slice(path.lastIndexOf('/') + 1).replace(/-[\w-]{8}\./, '.') || path;
}

interface Node {
  e: TraceEvent;
  end: number;
  kind: Kind | null;
  url: string | null;
  children: number;
}

/** Complete events of one thread with their ends, B/E pairs joined. */
function spans(events: readonly TraceEvent[]): TraceEvent[] {
  const out: TraceEvent[] = [];
  const open: TraceEvent[] = [];
  for (const e of events) {
    if (e.ph === 'X' && e.dur !== undefined) out.push(e);
    else if (e.ph === 'B') open.push(e);
    else if (e.ph === 'E') {
      const b = open.pop();
      if (b) out.push({ ...b, ph: 'X', dur: e.ts - b.ts });
    }
  }
  return out.sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
}

/** ms in which any event of these threads ran, within [from, to] (µs): nested events counted once. */
function busy(events: readonly TraceEvent[], from: number, to: number): number {
  let total = 0;
  let reach = from;
  for (const e of spans(events)) {
    const start = Math.max(e.ts, reach);
    const end = Math.min(e.ts + e.dur!, to);
    if (end > start) total += end - start;
    reach = Math.max(reach, Math.min(e.ts + e.dur!, to));
  }
  return total / 1000;
}

const sum = (list: readonly TraceEvent[]) => list.reduce((n, e) => n + (e.dur ?? 0), 0) / 1000;

export function summarise(
  events: readonly TraceEvent[],
  syncMark: string,
  syncNowMs: number,
  readyMs: number,
): TraceSummary {
  const sync = events.find((e) => e.name === syncMark);
  if (!sync) throw new Error(`trace: no "${syncMark}" mark: the page's renderer was not traced`);
  // performance.now() is ms from navigation: the mark taken at a known now() gives navigation's trace time.
  const origin = sync.ts - syncNowMs * 1000;
  const ready = origin + readyMs * 1000;
  const threadName = new Map<string, string>();
  for (const e of events)
    if (e.ph === 'M' && e.name === 'thread_name') threadName.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
  const of = (test: (name: string, e: TraceEvent) => boolean) =>
    events.filter((e) => e.ph !== 'M' && test(threadName.get(`${e.pid}:${e.tid}`) ?? '', e));
  const main = of((_, e) => e.pid === sync.pid && e.tid === sync.tid);
  const worker = of((n, e) => e.pid === sync.pid && n.startsWith('DedicatedWorker'));
  const gpuPid = events.find((e) => e.ph === 'M' && e.args?.name === 'CrGpuMain')?.pid;
  const gpu = of((n, e) => e.pid === gpuPid && (n === 'CrGpuMain' || n === 'VizCompositorThread'));
  const raster = of((n, e) => e.pid === sync.pid && n.startsWith('CompositorTileWorker'));

  const main_ms = Object.fromEntries(MAIN_KINDS.map((k) => [k, 0])) as Record<Kind, number>;
  const byFile: Record<string, number> = {};
  const stack: Node[] = [];
  const charge = (n: Node) => {
    const self = Math.max(0, Math.min(n.end, ready) - Math.max(n.e.ts, origin) - n.children) / 1000;
    const kind = n.kind ?? 'other';
    main_ms[kind] += self;
    if (kind === 'script' && self > 0) {
      const file = n.url ? fileOf(n.url) : '(no file)';
      byFile[file] = (byFile[file] ?? 0) + self;
    }
  };
  for (const e of spans(main)) {
    if (e.ts >= ready || e.ts + e.dur! <= origin) continue;
    while (stack.length > 0 && stack.at(-1)!.end <= e.ts) charge(stack.pop()!);
    const parent = stack.at(-1);
    const end = Math.min(e.ts + e.dur!, parent?.end ?? Infinity);
    if (parent) parent.children += Math.min(end, ready) - Math.max(e.ts, origin);
    const kind = KINDS[e.name] ?? parent?.kind ?? null;
    stack.push({ e, end, kind, url: e.args?.data?.url || (parent?.url ?? null), children: 0 });
  }
  while (stack.length > 0) charge(stack.pop()!);

  const within = (e: TraceEvent) => e.ts >= origin && e.ts <= ready;
  const marks_ms: Record<string, number> = {};
  for (const e of main)
    if (e.name.startsWith('bench:') && e.name !== syncMark && within(e))
      marks_ms[e.name] ??= (e.ts - origin) / 1000;
  const urls = new Map<string, string>();
  for (const e of events)
    if (e.name === 'ResourceSendRequest' && e.pid === sync.pid && e.args?.data?.requestId && e.args.data.url)
      urls.set(e.args.data.requestId, e.args.data.url);
  const arrived_ms: Record<string, number> = {};
  for (const e of events) {
    const url =
      e.name === 'ResourceFinish' && e.pid === sync.pid ? urls.get(e.args?.data?.requestId ?? '') : undefined;
    if (url && !url.startsWith('data:') && within(e)) arrived_ms[fileOf(url)] ??= (e.ts - origin) / 1000;
  }
  return {
    main_ms,
    script_by_file_ms: byFile,
    worker_ms: busy(worker, origin, ready),
    gpu_ms: busy(gpu, origin, ready),
    raster_ms: busy(raster, origin, ready),
    animation_frames: main.filter((e) => e.name === 'FireAnimationFrame' && within(e)).length,
    readbacks: main.filter((e) => e.name === 'GLES2::ReadPixels' && within(e)).length,
    readback_ms: sum(main.filter((e) => e.name === 'GLES2::ReadPixels' && within(e))),
    shader_wait_ms: sum(
      main.filter(
        (e) =>
          (e.name === 'GLES2Implementation::GetShaderiv' || e.name === 'GLES2Implementation::GetProgramiv') &&
          within(e),
      ),
    ),
    drawn_frames: events.filter((e) => e.name === 'DrawFrame' && e.pid === sync.pid && within(e)).length,
    marks_ms,
    arrived_ms,
    ready_ms: readyMs,
  };
}
