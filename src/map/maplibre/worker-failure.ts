// A worker whose script does not load (an error status, a body that is not JavaScript, a refused import) fires one
// `error` on its Worker object, and MapLibre listens for none: its map would wait for a worker that will never
// answer until the start's deadline. Heard here, the reader gets the static maps as soon as the worker has failed.
// The event can come before any map is made (the workers start as MapLibre's module runs), so each worker is
// watched from its start and its failure kept.
import type { MapLibre } from './live-map';

interface Watched {
  failure?: Error;
  waiting: Set<(failure: Error) => void>;
}

const watched = new WeakMap<object, Watched>();

/** Starts listening to each of MapLibre's current workers not yet listened to. */
export function watchWorkers(lib: MapLibre): Watched[] {
  const workers = lib.getGlobalDispatcher().workerPool.workers ?? [];
  return workers.map((worker) => {
    let state = watched.get(worker);
    if (!state) {
      const fresh: Watched = { waiting: new Set() };
      worker.addEventListener(
        'error',
        (e: Event) => {
          const why = e instanceof ErrorEvent && e.message ? `: ${e.message}` : '';
          fresh.failure = new Error(`the map’s worker did not start${why}`);
          for (const fail of fresh.waiting) fail(fresh.failure);
        },
        { once: true },
      );
      watched.set(worker, fresh);
      state = fresh;
    }
    return state;
  });
}

/**
 * Calls `fail` once, with the first failure of one of MapLibre's workers (at once if one has failed already).
 * Returns the function that stops listening.
 */
export function onWorkerFailure(lib: MapLibre, fail: (failure: Error) => void): () => void {
  const states = watchWorkers(lib);
  const failed = states.find((s) => s.failure);
  if (failed?.failure) {
    fail(failed.failure);
    return () => {};
  }
  let told = false;
  const once = (failure: Error) => {
    if (told) return;
    told = true;
    fail(failure);
  };
  for (const s of states) s.waiting.add(once);
  return () => {
    for (const s of states) s.waiting.delete(once);
  };
}
