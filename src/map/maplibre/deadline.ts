// A bound on waiting. The map's start depends on files that can fail in ways that never settle (a worker that never
// loads fires nothing MapLibre listens to; a request that never answers): without a bound, the reader would watch
// a spinner forever instead of getting the static maps.

export class TimedOut extends Error {
  constructor(what: string, ms: number) {
    super(`${what} did not happen within ${Math.round(ms / 1000)} s`);
    this.name = 'TimedOut';
  }
}

/**
 * Calls `fire` once the page has been visible for `ms` in all: a hidden tab draws no frames (nor the map's first),
 * so its time does not count. Returns the function that cancels it.
 */
function afterVisibleTime(ms: number, fire: () => void): () => void {
  let left = ms;
  let since = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = () => {
    since = performance.now();
    timer = setTimeout(fire, left);
  };
  const pause = () => {
    clearTimeout(timer);
    timer = undefined;
    left -= performance.now() - since;
  };
  const follow = () => {
    if (document.hidden && timer !== undefined) pause();
    else if (!document.hidden && timer === undefined) run();
  };
  follow();
  document.addEventListener('visibilitychange', follow);
  return () => {
    clearTimeout(timer);
    document.removeEventListener('visibilitychange', follow);
  };
}

// When the reader first saw the page: one opened in a background tab has kept nobody waiting until it is shown.
let firstSeen = 0;
if (typeof document !== 'undefined' && document.hidden) {
  firstSeen = Infinity;
  const seen = () => {
    if (document.hidden) return;
    firstSeen = performance.now();
    document.removeEventListener('visibilitychange', seen);
  };
  document.addEventListener('visibilitychange', seen);
}

/**
 * `work`'s result, or a TimedOut rejection once `ms` of visible time have passed without one, counted from `since`
 * (a moment of performance.now(), such as 0 for the page's opening: the reader's wait began before this script
 * ran) or else from now. `work` is given a signal aborted at that moment, to stop what it is waiting for and drop
 * what it made.
 */
export function withinDeadline<T>(
  what: string,
  ms: number,
  work: (signal: AbortSignal) => Promise<T>,
  since?: number,
): Promise<T> {
  const abort = new AbortController();
  const waited = since === undefined ? 0 : Math.max(0, performance.now() - Math.max(since, firstSeen));
  return new Promise<T>((resolve, reject) => {
    const cancel = afterVisibleTime(Math.max(0, ms - waited), () => {
      const late = new TimedOut(what, ms);
      abort.abort(late);
      reject(late);
    });
    work(abort.signal).then(resolve, reject).finally(cancel);
  });
}
