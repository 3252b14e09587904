import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** The sync benchmark alone (no renderer build needed): `npx vitest run --config tests/sync/bench.config.ts`. */
export default defineConfig({
  resolve: { alias: { '@shared': fileURLToPath(new URL('../../shared', import.meta.url)) } },
  test: { name: 'sync-bench', include: ['tests/bench/sync.bench.ts'], environment: 'node', testTimeout: 900_000, silent: false },
});
