// Serves the built site (npm test builds it first) for every browser test file.
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveDir } from '../../scripts/serve-dir';
import { SHOTS } from './shots';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const dist = resolve(import.meta.dirname, '../../dist');
  if (!existsSync(resolve(dist, 'index.html')))
    throw new Error('dist/ is missing: run `npm run build` first');
  mkdirSync(SHOTS, { recursive: true });
  const site = await serveDir(dist);
  project.provide('siteUrl', site.url);
  return site.close;
}
