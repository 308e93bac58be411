// "On screen": the first frame the display drew with the live map in it, read from a Chrome trace of the load. The
// page's ready signal is not that moment: a canvas kept hidden until drawn is shown in the page's next frame, which
// the main thread commits only once it is free again, and the compositor draws after that. So the probe marks the
// moment the map is ready and shown (page-probe.ts), and the frame that showed it is the display's first draw after
// the page's first commit from that mark on.
import type { Browser, CDPSession } from 'playwright-core';
import type { TraceEvent } from './trace-summary';

export const SHOWN_MARK = 'bench:live-shown';

/** Enough to find the mark, the page's commits and the display's draws, and light enough to trace every run. */
const CATEGORIES = ['blink.user_timing', 'disabled-by-default-devtools.timeline.frame', 'viz'];

export interface ShownFrame {
  /** ms from the mark to the end of the display's draw of the frame that showed the map. */
  afterMark: number;
  /**
   * ms from the mark to that frame's commit: mostly the page's main thread waiting for the GPU process to finish
   * what the map drew before (every frame drawn while its canvas was hidden), so the canvas can be shown.
   */
  commit: number;
}

/** The frame that showed the map; null when the trace lacks the mark, a commit of the page after it, or a draw. */
export function shownFrameAfterMark(events: readonly TraceEvent[]): ShownFrame | null {
  const mark = events.find((e) => e.name === SHOWN_MARK);
  if (!mark) return null;
  const commit = events
    .filter((e) => e.name === 'Commit' && e.pid === mark.pid && e.ph !== 'e' && e.ts >= mark.ts)
    .sort((a, b) => a.ts - b.ts)[0];
  if (!commit) return null;
  const draw = events
    .filter((e) => e.name === 'Display::DrawAndSwap' && e.ts >= commit.ts)
    .sort((a, b) => a.ts - b.ts)[0];
  if (!draw) return null;
  return { afterMark: (draw.ts + (draw.dur ?? 0) - mark.ts) / 1000, commit: (commit.ts - mark.ts) / 1000 };
}

/** A trace of the browser's frames, from now until `stop`, which returns its events. */
export async function traceFrames(browser: Browser): Promise<{ stop: () => Promise<TraceEvent[]> }> {
  const cdp: CDPSession = await browser.newBrowserCDPSession();
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (d) => events.push(...(d.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: CATEGORIES, recordMode: 'recordContinuously' },
    transferMode: 'ReportEvents',
  });
  return {
    stop: async () => {
      const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
      await cdp.send('Tracing.end');
      await done;
      await cdp.detach();
      return events;
    },
  };
}
