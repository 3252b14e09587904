import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig(({ mode }) => ({
  root: fileURLToPath(new URL('.', import.meta.url)),
  // Relative asset URLs: the built renderer is loaded from file:// inside Electron.
  base: './',
  plugins: [react()],
  resolve: {
    alias: {
      '@shared': fileURLToPath(new URL('../shared', import.meta.url)),
      // pouchdb-browser (the sync benchmark's PouchDB side) imports Node's `events`; bench builds only.
      ...(mode === 'bench' ? { events: fileURLToPath(new URL('bench/events-shim.ts', import.meta.url)) } : {}),
    },
  },
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  worker: { format: 'es' },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
    // The benchmark fixture page ships only in benchmark builds.
    rollupOptions: {
      input: {
        main: fileURLToPath(new URL('index.html', import.meta.url)),
        ...(mode === 'bench'
          ? {
              bench: fileURLToPath(new URL('bench.html', import.meta.url)),
              benchImport: fileURLToPath(new URL('bench-import.html', import.meta.url)),
              benchSync: fileURLToPath(new URL('bench-sync.html', import.meta.url)),
            }
          : {}),
      },
    },
  },
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  preview: { host: '127.0.0.1' },
}));
