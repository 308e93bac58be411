import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        // A build of the geodata or a spawned tool on two shared cores can take longer than vitest's 5 s.
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node', testTimeout: 30_000 },
      },
      {
        // What `npm run build` made, read from dist/ without a browser: npm test runs it after the build.
        test: { name: 'built', include: ['test/built/**/*.test.ts'], environment: 'node' },
      },
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/browser/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          // A real browser on two shared cores: a flight back to a chapter can take seconds, not vitest's one.
          expect: { poll: { timeout: 20_000 } },
        },
      },
    ],
  },
});
