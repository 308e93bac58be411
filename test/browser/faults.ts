// Faults a network or a deploy can inflict on one file a page loads, injected with playwright routes, and what the
// reader has in front of them meanwhile, read from the page (through the <story-map> element's shadow root too).
import type { BrowserContext, Page, Route } from 'playwright-core';

export const FAULTS = ['404', '500', 'no answer', 'truncated', 'garbage', 'delay 5 s'] as const;
export type Fault = (typeof FAULTS)[number];
/** How long 'delay 5 s' holds each file back, from its request. */
export const DELAY_MS = 5_000;

const TYPES: Record<string, string> = {
  js: 'text/javascript',
  css: 'text/css',
  json: 'application/json',
  svg: 'image/svg+xml',
};

/** Bytes that are no file of any kind, the same on every run. */
function garbage(length: number): Buffer {
  let seed = 12345;
  return Buffer.from(Array.from({ length }, () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) & 0xff));
}

function answer(fault: Fault): (route: Route) => Promise<void> {
  switch (fault) {
    case '404':
      return (r) => r.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' });
    case '500':
      return (r) => r.fulfill({ status: 500, contentType: 'text/plain', body: 'internal error' });
    case 'no answer':
      // Never fulfilled: cut by the page's own watchdog, or by nothing.
      return () => new Promise(() => {});
    case 'truncated':
      return async (r) => {
        const res = await r.fetch();
        const body = await res.body();
        await r.fulfill({
          status: 200,
          contentType: res.headers()['content-type'],
          body: body.subarray(0, body.length >> 1),
        });
      };
    case 'garbage':
      return (r) => {
        const ext = new URL(r.request().url()).pathname.split('.').pop() ?? '';
        return r.fulfill({ status: 200, contentType: TYPES[ext] ?? 'text/plain', body: garbage(4096) });
      };
    case 'delay 5 s':
      return async (r) => {
        await new Promise((done) => setTimeout(done, DELAY_MS));
        await r.continue().catch(() => {}); // the page may have gone meanwhile
      };
  }
}

/** Every request of `context` whose URL matches `files` gets `fault`; others go on as before. */
export async function inject(context: BrowserContext, files: RegExp, fault: Fault): Promise<void> {
  const handle = answer(fault);
  await context.route(files, (route) => handle(route).catch(() => {}));
}

export interface Seen {
  /** When the page first painted text or an image (ms from navigation start), if it has. */
  painted: number | null;
  /** The story's title as shown. */
  title: string | null;
  /** The live map's state. */
  state: string | null;
  /** A visible line saying the map failed, beside a visible retry (a button, or a link that reloads). */
  told: boolean;
  /** A static map is shown and loaded. */
  staticMap: boolean;
}

/** What the reader has on `page`, the story being in the page or in its <story-map> element. */
export function look(page: Page): Promise<Seen> {
  return page.evaluate(() => {
    const host = document.querySelector('story-map');
    const root: Document | ShadowRoot = host?.shadowRoot ?? document;
    const shown = (el: Element | null): el is HTMLElement =>
      el instanceof HTMLElement && el.checkVisibility() && el.getClientRects().length > 0;
    const all = (selector: string) => [...root.querySelectorAll(selector)].filter(shown);
    const paint = performance.getEntriesByName('first-contentful-paint')[0];
    // The embed code's own fallback is in the host page, inside the element, until a copy of embed.js draws it.
    const lines = all('.map-error, .app-fallback, [data-story-map-fallback]').filter(
      (el) => el.innerText.trim() !== '',
    );
    const retry = lines.some((el) =>
      [...el.querySelectorAll('button, a')].some(
        (b) => shown(b) && /重试|Try again/.test(b.textContent ?? ''),
      ),
    );
    const maps = all(
      '.static-map img, .static-copy img, .map-error img, .app-fallback img, [data-story-map-fallback] img',
    ) as HTMLImageElement[];
    // Lazy images load once near the viewport: bring the first one there, as a reader scrolling on would.
    if (maps.length > 0 && !maps.some((img) => img.complete && img.naturalWidth > 0))
      maps[0]!.scrollIntoView({ block: 'center' });
    return {
      painted: paint ? Math.round(paint.startTime) : null,
      title: root.querySelector('h1')?.textContent?.trim() || null,
      state: (host ?? root.querySelector('[data-map-state]'))?.getAttribute('data-map-state') ?? null,
      told: lines.length > 0 && retry,
      staticMap: maps.some((img) => img.complete && img.naturalWidth > 0),
    };
  });
}
