// Installed before any page script runs: notes the moment the map first reports ready, the moment its live map is
// then first shown (its canvas visible, no first frame over it; marked in the page's trace, where on-screen.ts finds
// the frame that showed it), and the paint of a first frame of the map shown before it (an inline
// <svg class="first-frame"> the HTML draws, or an <img elementtiming="first-map">, if the page has one), and records
// frame intervals on demand. Plain JavaScript in a string because tsx wraps named functions in a helper that the
// page lacks.
export const PAGE_PROBE = `(() => {
  const state = { readyAt: null, shownAt: null, firstMapPaint: null, inlineAt: null, inlinePaint: null, recording: false, last: null, intervals: [] };
  // An inline frame is in the first paint after it is in the document and shown: the first contentful paint when it
  // was there by then (the observer is called as the parser inserts nodes, before the paint that follows them),
  // otherwise the next paint (a frame, then a task).
  const inline = new MutationObserver((_, o) => {
    const svg = document.querySelector('svg.first-frame');
    if (!svg || !svg.firstElementChild || getComputedStyle(svg).visibility !== 'visible') return;
    state.inlineAt = performance.now();
    o.disconnect();
    requestAnimationFrame(() => setTimeout(() => (state.inlinePaint = performance.now())));
  });
  inline.observe(document, { subtree: true, childList: true, attributes: true });
  const inlinePaint = () => {
    if (state.inlineAt === null) return null;
    const fcp = performance.getEntriesByName('first-contentful-paint')[0];
    return fcp && state.inlineAt <= fcp.startTime ? fcp.startTime : state.inlinePaint;
  };
  // Element timing reports an image's paint once it is drawn; buffered, so a paint before this runs is not lost.
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        if (e.identifier === 'first-map' && state.firstMapPaint === null)
          state.firstMapPaint = e.renderTime || e.loadTime;
    }).observe({ type: 'element', buffered: true });
  } catch {}
  const shown = () => {
    const canvas = document.querySelector('.maplibregl-canvas');
    if (!canvas || getComputedStyle(canvas).visibility !== 'visible') return false;
    const covers = document.querySelector('.first-frame');
    return !covers || getComputedStyle(covers).visibility !== 'visible';
  };
  const markShown = () => {
    if (state.shownAt !== null || !shown()) return;
    state.shownAt = performance.now();
    performance.mark('bench:live-shown');
    showing.disconnect();
  };
  const showing = new MutationObserver(markShown);
  const check = () => {
    if (state.readyAt !== null || !document.querySelector('[data-map-state="ready"]')) return;
    state.readyAt = performance.now();
    observer.disconnect();
    // A page with no inline frame (the floor, the rung, a deep link) is not watched through its flights.
    inline.disconnect();
    showing.observe(document, { subtree: true, childList: true, attributes: true });
    // Shown already (a page whose canvas was never hidden): heard now, not at the next change.
    markShown();
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
    shownAt: () => state.shownAt,
    // The first map pixels the reader sees: the first frame's image or the live map, whichever came first.
    firstPixelsAt: () => {
      const painted = [state.readyAt, state.firstMapPaint, inlinePaint()].filter((t) => t !== null);
      return painted.length > 0 ? Math.min(...painted) : null;
    },
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
    shownAt: () => number | null;
    firstPixelsAt: () => number | null;
    failed: () => boolean;
    startFrames: () => void;
    stopFrames: () => number[];
  };
}
