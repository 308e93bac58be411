// Each figure's median over the runs of one page, and the story's figures as multiples of the baseline's.
import { KINDS, type Bytes } from './bytes-by-kind';
import { median } from './percentile';
import type { RunFigures } from './run-page';

export interface Medians {
  fcp_ms: number | null;
  first_pixels_ms: number | null;
  ready_ms: number | null;
  onscreen_ms: number | null;
  shown_commit_ms: number | null;
  bytes_by_onscreen: number | null;
  frame_median_ms: number | null;
  frame_p95_ms: number | null;
  heap_mb: number | null;
  bytes: Record<keyof Bytes, number | null>;
}

export function medians(runs: readonly RunFigures[]): Medians {
  const of = (pick: (r: RunFigures) => number | null) => median(runs.map(pick));
  return {
    fcp_ms: of((r) => r.fcp_ms),
    first_pixels_ms: of((r) => r.first_pixels_ms),
    ready_ms: of((r) => r.ready_ms),
    onscreen_ms: of((r) => r.onscreen_ms),
    shown_commit_ms: of((r) => r.shown_commit_ms),
    bytes_by_onscreen: of((r) => r.bytes_by_onscreen),
    frame_median_ms: of((r) => r.frame_median_ms),
    frame_p95_ms: of((r) => r.frame_p95_ms),
    heap_mb: of((r) => r.heap_mb),
    bytes: Object.fromEntries(
      [...KINDS, 'total' as const].map((k) => [k, of((r) => r.bytes[k])]),
    ) as Medians['bytes'],
  };
}

/** story / baseline; null where either is missing or the baseline is zero (nothing to compare with). */
export function ratio(story: number | null, baseline: number | null): number | null {
  return story === null || baseline === null || baseline === 0 ? null : story / baseline;
}
