import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** Benchmarks print figures and assert nothing about time; run with `npm run bench`. */
export default defineConfig({
  resolve: { alias: { '@shared': fileURLToPath(new URL('../../shared', import.meta.url)) } },
  test: {
    name: 'bench',
    include: ['tests/bench/**/*.bench.ts'],
    environment: 'node',
    testTimeout: 900_000,
    hookTimeout: 120_000,
    silent: false,
    fileParallelism: false,
    globalSetup: ['tests/e2e/serve-renderer.ts'],
  },
});
