// Bundles the main process and the preload script with esbuild (CommonJS, as Electron loads them).
// esbuild rather than electron-vite: one small, dependency-free step that needs no Electron binary.
// `--dev` (npm start) adds source maps; the default build (npm run build, packaging) has none.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';
import { electronBuildOptions } from './electron-build-options.mjs';

const common = electronBuildOptions({ dev: process.argv.includes('--dev') });
// Maps left by an earlier development build must not ship either.
rmSync('dist/electron', { recursive: true, force: true });
await build({ ...common, entryPoints: ['electron/main.ts'], outfile: 'dist/electron/main.cjs' });
// Sandboxed preloads may only require a few modules; everything else is bundled in.
await build({ ...common, entryPoints: ['electron/preload.ts'], outfile: 'dist/electron/preload.cjs' });
console.log(`built dist/electron/main.cjs and dist/electron/preload.cjs${common.sourcemap ? ' with source maps' : ''}`);
