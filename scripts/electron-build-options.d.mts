import type { BuildOptions } from 'esbuild';

export function electronBuildOptions(options: { dev: boolean }): BuildOptions;
