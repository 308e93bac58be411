import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

/** What every project that drives Chromium shares (global-setup.ts serves dist/ and starts the browsers). */
const inChromium: TestProjectInlineConfiguration['test'] = {
  environment: 'node',
  // Files share the modules they import (playwright, Vite, the story readers) instead of loading them afresh each:
  // no file keeps state in a shared module, and every browser test opens contexts of its own.
  isolate: false,
  globalSetup: ['test/browser/global-setup.ts'],
  testTimeout: 120_000,
  hookTimeout: 120_000,
  // A real browser on two shared cores: a flight back to a chapter can take seconds, not vitest's one.
  expect: { poll: { timeout: 20_000 } },
};

export default defineConfig({
  test: {
    projects: [
      {
        // A build of the geodata or a spawned tool on two shared cores can take longer than vitest's 5 s.
        // Files share the modules they import (turf, the checker, the geodata readers): loading them afresh for each
        // file took a third of the stage.
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
          isolate: false,
          // vitest's default leaves one of two cores to itself; the files wait on spawned tools part of the time.
          maxWorkers: 2,
        },
      },
      {
        // What `npm run build` made, read from dist/ without a browser: npm test runs it after the build.
        test: { name: 'built', include: ['test/built/**/*.test.ts'], environment: 'node' },
      },
      {
        test: {
          ...inChromium,
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          exclude: ['test/browser/fault-matrix.test.ts', 'test/browser/dev-server.test.ts'],
          // Two files at a time, each on a Chromium of its own: the two cores.
          maxWorkers: 2,
        },
      },
      {
        test: {
          ...inChromium,
          // Files that run alone, after the others: the fault matrix keeps a promise in seconds and schedules its own
          // runs across the cores; the dev server compiles and cuts tiles on demand, beside another file too slowly.
          name: 'faults',
          include: ['test/browser/dev-server.test.ts', 'test/browser/fault-matrix.test.ts'],
          maxWorkers: 1,
        },
      },
    ],
  },
});
