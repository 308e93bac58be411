// Bytes on the wire per kind of file, from Resource Timing (transferSize: compressed, headers included).
import type { Page } from 'playwright-core';

export const KINDS = ['html', 'js', 'css', 'geodata', 'fonts', 'other'] as const;
type Kind = (typeof KINDS)[number];
export type Bytes = Record<Kind | 'total', number>;

/** The basemap's tiles and their index (src/geo/tiles.ts). */
export const isTile = (url: string) =>
  /\/assets\/(tiles\/\d+\/\d+\/\d+\.pbf|tiles-[\w-]+\.json)$/.test(new URL(url).pathname);

function kindOf(url: string): Kind {
  const path = new URL(url).pathname;
  if (isTile(url)) return 'geodata';
  if (/\.html?$/.test(path) || path.endsWith('/')) return 'html';
  if (/\.m?js$/.test(path)) return 'js';
  if (path.endsWith('.css')) return 'css';
  if (path.endsWith('.json')) return 'geodata';
  if (/\.(woff2?|ttf|otf)$/.test(path)) return 'fonts';
  return 'other';
}

export interface Transfer {
  url: string;
  bytes: number;
  /** When the response had fully arrived, in ms from navigation start. */
  end: number;
}

export async function transfers(page: Page): Promise<Transfer[]> {
  return page.evaluate(() =>
    [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')].map((e) => ({
      url: e.name,
      bytes: (e as PerformanceResourceTiming).transferSize,
      end: Math.round((e as PerformanceResourceTiming).responseEnd),
    })),
  );
}

export function bytesByKind(list: readonly Transfer[]): Bytes {
  const bytes: Bytes = { html: 0, js: 0, css: 0, geodata: 0, fonts: 0, other: 0, total: 0 };
  for (const t of list) {
    if (!/^https?:/.test(t.url)) continue;
    bytes[kindOf(t.url)] += t.bytes;
    bytes.total += t.bytes;
  }
  return bytes;
}
