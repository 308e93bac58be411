// Serves the built site (npm test builds it first) and starts one Chromium per test worker, which the files that
// worker runs connect to (browser.ts), each test in contexts of its own. SwiftShader draws in the GPU process, one
// per Chromium: workers sharing one Chromium would queue there.
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { launchServer } from '../../scripts/browser/chromium';
import { serveDir } from '../../scripts/serve-dir';
import { SHOTS } from './shots';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    chromiumEndpoints: string[];
  }
}

export default async function setup(project: TestProject) {
  const dist = resolve(import.meta.dirname, '../../dist');
  if (!existsSync(resolve(dist, 'index.html')))
    throw new Error('dist/ is missing: run `npm run build` first');
  mkdirSync(SHOTS, { recursive: true });
  const site = await serveDir(dist);
  const workers = Math.max(1, project.config.maxWorkers ?? 1);
  const chromiums = await Promise.all(Array.from({ length: workers }, () => launchServer()));
  project.provide('siteUrl', site.url);
  project.provide(
    'chromiumEndpoints',
    chromiums.map((c) => c.wsEndpoint()),
  );
  return async () => {
    await Promise.all(chromiums.map((c) => c.close()));
    await site.close();
  };
}
