// Runs `fn` once for any number of calls made before `schedule` gets round to running it: a flood of requests gets
// one answer per frame, not one each.

/** `schedule` may call its callback more than once (say, from a frame and from a timer): the first call counts. */
export function oncePerFrame(fn: () => void, schedule: (run: () => void) => void): () => void {
  let pending = false;
  return () => {
    if (pending) return;
    pending = true;
    let ran = false;
    schedule(() => {
      if (ran) return;
      ran = true;
      pending = false;
      fn();
    });
  };
}
