// Installed before any page script runs: notes the moment the map first reports ready, and records frame intervals
// on demand. Plain JavaScript in a string because tsx wraps named functions in a helper that the page lacks.
export const PAGE_PROBE = `(() => {
  const state = { readyAt: null, recording: false, last: null, intervals: [] };
  const check = () => {
    if (state.readyAt !== null || !document.querySelector('[data-map-state="ready"]')) return;
    state.readyAt = performance.now();
    observer.disconnect();
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { subtree: true, attributes: true, attributeFilter: ['data-map-state'] });
  const tick = (t) => {
    if (!state.recording) return;
    if (state.last !== null) state.intervals.push(t - state.last);
    state.last = t;
    requestAnimationFrame(tick);
  };
  window.__bench = {
    readyAt: () => state.readyAt,
    failed: () => document.querySelector('[data-map-state="error"]') !== null,
    startFrames: () => {
      Object.assign(state, { recording: true, last: null, intervals: [] });
      requestAnimationFrame(tick);
    },
    stopFrames: () => {
      state.recording = false;
      return state.intervals;
    },
  };
})();`;

/** What PAGE_PROBE puts on the page's window, for typed page.evaluate callbacks. */
export interface ProbeWindow {
  __bench: {
    readyAt: () => number | null;
    failed: () => boolean;
    startFrames: () => void;
    stopFrames: () => number[];
  };
}
