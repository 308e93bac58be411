// The figures the table shows for both pages, in the order a reader weighs them: time to map, paint, motion, memory,
// then bytes.
import { KINDS } from './bytes-by-kind';
import type { Medians } from './medians';

export interface FigureRow {
  figure: string;
  /** The figure's name in bench.json's ratios. */
  key: string;
  story: number | null;
  baseline: number | null;
  digits: number;
}

export function figureRows(story: Medians, baseline: Medians): FigureRow[] {
  const row = (figure: string, key: string, digits: number, pick: (m: Medians) => number | null) => ({
    figure,
    key,
    digits,
    story: pick(story),
    baseline: pick(baseline),
  });
  return [
    row('live map on screen: the frame that showed it (ms)', 'onscreen_ms', 0, (m) => m.onscreen_ms),
    row(
      '  of it, from ready and shown to that frame’s commit (ms)',
      'shown_commit_ms',
      0,
      (m) => m.shown_commit_ms,
    ),
    row('first map pixels, static or live (ms)', 'first_pixels_ms', 0, (m) => m.first_pixels_ms),
    row('live map ready (ms)', 'ready_ms', 0, (m) => m.ready_ms),
    row('first contentful paint (ms)', 'fcp_ms', 0, (m) => m.fcp_ms),
    row('frame interval median (ms)', 'frame_median_ms', 1, (m) => m.frame_median_ms),
    row('frame interval p95 (ms)', 'frame_p95_ms', 1, (m) => m.frame_p95_ms),
    row('JS heap after the story (MB)', 'heap_mb', 1, (m) => m.heap_mb),
    row('transferred by the live map on screen (KB)', 'bytes_by_onscreen', 1, (m) =>
      m.bytes_by_onscreen === null ? null : m.bytes_by_onscreen / 1024,
    ),
    ...[...KINDS, 'total' as const].map((k) =>
      row(`transferred: ${k} (KB)`, `bytes_${k}`, 1, (m) => (m.bytes[k] === null ? null : m.bytes[k] / 1024)),
    ),
  ];
}
