import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** End-to-end tests: real Chromium (Debian's, or CHROMIUM_PATH) driven by playwright-core against the built renderer. */
export default defineConfig({
  // The sync e2e runs a Node replica beside the browser, with the app's own engine.
  resolve: { alias: { '@shared': fileURLToPath(new URL('../../shared', import.meta.url)) } },
  test: {
    name: 'e2e',
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/serve-renderer.ts'],
    testTimeout: 90_000,
    hookTimeout: 60_000,
    // One browser at a time: the machine has 2 cores and each test fills IndexedDB.
    fileParallelism: false,
  },
});
