import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * The sync suite (docs/sync.md, "Tests"): replicas on fake-indexeddb running the real sync engine
 * against a real server — express-pouchdb in memory, started by the tests on 127.0.0.1, or the
 * Apache CouchDB at COUCHDB_URL. One file at a time: they share the machine with everything else.
 */
export default defineConfig({
  resolve: { alias: { '@shared': fileURLToPath(new URL('../../shared', import.meta.url)) } },
  test: {
    name: 'sync',
    include: ['tests/sync/**/*.sync.ts'],
    environment: 'node',
    setupFiles: ['tests/sync/setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
