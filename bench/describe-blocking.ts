// Lighthouse's long tasks and script times as lines to read: what the total blocking time is made of.
import type { LighthouseResult } from './lighthouse-scores';

/** Each long task (start, length, the part over 50 ms that counts as blocking) and each script's time. */
export function describeBlocking(b: LighthouseResult['blocking'], ...origins: string[]): string {
  const short = (url: string) => origins.reduce((u, o) => u.replace(o, ''), url) || '(page)';
  const over = b.longTasks.reduce((sum, t) => sum + Math.max(0, t.ms - 50), 0);
  return [
    ...b.longTasks.map(
      (t) => `  task at ${t.start_ms} ms: ${t.ms} ms (blocking ${Math.max(0, t.ms - 50)}) ${short(t.url)}`,
    ),
    `  long tasks: ${b.longTasks.length}, blocking beyond 50 ms each: ${over} ms`,
    ...b.scripts.map((s) => `  script ${short(s.url)}: ${s.ms} ms`),
  ].join('\n');
}
