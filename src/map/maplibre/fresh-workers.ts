// MapLibre starts its web workers once and keeps them for the page's lifetime, pinned by its own global dispatcher:
// a worker that failed to load (a missing file, a network error, a policy that refused it) stays failed, and every
// later map, a retry included, would wait on it forever. Terminated, they are started afresh by the next map.
import type { MapLibre } from './live-map';

/** Ends MapLibre's shared workers, unless another map on the page is using them (two <story-map> on one page). */
export function freshWorkers(lib: MapLibre): void {
  const pool = lib.getGlobalDispatcher().workerPool;
  // The global dispatcher itself is one of the pool's users, and always there.
  if (!Array.isArray(pool.workers) || pool.numActive() > 1) return;
  for (const worker of pool.workers) worker.terminate?.();
  // What the pool itself sets when its last user leaves: the next map's acquire() starts new workers.
  (pool as { workers: unknown }).workers = null;
}
