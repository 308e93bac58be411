// Builds the benchmark's baseline page into dist-bench/, with the project's build target and relative URLs.
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  // The project's public/ files belong to the story site, not to the floor it is measured against.
  publicDir: false,
  build: {
    target: 'es2022',
    outDir: resolve(import.meta.dirname, '../dist-bench'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
    rollupOptions: { input: resolve(import.meta.dirname, 'baseline.html') },
  },
});
