// Serves the built site (npm test builds it first) and starts the one Chromium that every browser test file
// connects to (browser.ts), each test in contexts of its own.
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { launchServer } from '../../scripts/browser/chromium';
import { serveDir } from '../../scripts/serve-dir';
import { SHOTS } from './shots';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    chromiumEndpoint: string;
  }
}

export default async function setup(project: TestProject) {
  const dist = resolve(import.meta.dirname, '../../dist');
  if (!existsSync(resolve(dist, 'index.html')))
    throw new Error('dist/ is missing: run `npm run build` first');
  mkdirSync(SHOTS, { recursive: true });
  const site = await serveDir(dist);
  const chromium = await launchServer();
  project.provide('siteUrl', site.url);
  project.provide('chromiumEndpoint', chromium.wsEndpoint());
  return async () => {
    await chromium.close();
    await site.close();
  };
}
