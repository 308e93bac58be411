// Debian's Chromium driven by playwright-core, WebGL2 through SwiftShader, kept off every outside host. The
// browser harness the browser tests and the benchmark (bench/run.ts) share: one launch, one set of flags.
import {
  chromium,
  type Browser,
  type BrowserContextOptions,
  type BrowserServer,
  type Page,
} from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--use-gl=angle',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

const LAUNCH = { executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS };

export function launch(): Promise<Browser> {
  return chromium.launch(LAUNCH);
}

/**
 * One Chromium that several processes drive (the browser tests' files, each in its own worker): they connect to
 * its `wsEndpoint()`. Starting Chromium is paid once a run instead of once a file.
 */
export function launchServer(): Promise<BrowserServer> {
  return chromium.launchServer(LAUNCH);
}

/** A connection to a Chromium started by launchServer; closing it leaves that Chromium running for the others. */
export function connect(wsEndpoint: string): Promise<Browser> {
  return chromium.connect(wsEndpoint);
}

export const DESKTOP: BrowserContextOptions = {
  viewport: { width: 1280, height: 800 },
  deviceScaleFactor: 1,
};
/**
 * A desktop about as small as the two-column layout goes, for tests of what a page does rather than how it is laid
 * out: SwiftShader draws every pixel of the map on the CPU, and this map has under half the desktop's.
 */
export const SMALL_DESKTOP: BrowserContextOptions = {
  viewport: { width: 800, height: 600 },
  deviceScaleFactor: 1,
};
export const PHONE: BrowserContextOptions = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
};

export interface WatchedPage {
  page: Page;
  /** Console errors and uncaught exceptions. */
  errors: string[];
  /** Requests to any origin but the page's own. */
  foreign: string[];
  close: () => Promise<void>;
}

/** A page that may load from `origin` (or from each of several) and from nowhere else. */
export async function openPage(
  browser: Browser,
  origin: string | string[],
  options: BrowserContextOptions,
): Promise<WatchedPage> {
  const allowed = new Set([origin].flat().map((o) => new URL(o).origin));
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const errors: string[] = [];
  const foreign: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.stack ?? String(e)));
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('data:') || url.startsWith('blob:') || allowed.has(new URL(url).origin))
      return route.continue();
    foreign.push(url);
    return route.abort();
  });
  return { page, errors, foreign, close: () => context.close() };
}
