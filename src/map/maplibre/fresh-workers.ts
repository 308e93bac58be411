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

/**
 * Joins the page's end of the workers to the ones the latest map started. That end (MapLibre's global dispatcher)
 * answers a worker's requests for our tile protocol (tile-protocol.ts); made once per page, it would still listen
 * to the workers freshWorkers ended, and the next map's tiles would never be fetched.
 */
export function rejoinWorkers(lib: MapLibre): void {
  const page = lib.getGlobalDispatcher();
  const workers = page.workerPool.workers;
  if (!Array.isArray(workers) || page.actors.every((actor, i) => actor.target === workers[i])) return;
  const handlers = page.actors[0]?.messageHandlers ?? {};
  // A dispatcher made over the pool as it is now: its actors listen to the current workers.
  const Dispatcher = page.constructor as new (
    pool: typeof page.workerPool,
    id: typeof page.id,
  ) => typeof page;
  const joined = new Dispatcher(page.workerPool, page.id);
  for (const actor of page.actors) actor.remove();
  for (const actor of joined.actors) Object.assign(actor.messageHandlers, handlers);
  page.actors = joined.actors;
  page.currentActor = 0;
}
