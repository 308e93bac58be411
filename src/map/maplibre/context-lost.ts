// A browser keeps only so many WebGL contexts alive and takes one back when it must: too many maps (or other
// drawings) on the page, a reset of the graphics card. The map then draws nothing more, and the reader is told that,
// not that it failed to start in time, which is what the start's deadline said when a context was lost during it.

/** The browser has taken back the map's drawing context (its WebGL context). */
export class ContextLost extends Error {
  constructor() {
    super('the browser took back the map’s drawing context (WebGL)');
    this.name = 'ContextLost';
  }
}
