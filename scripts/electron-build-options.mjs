/**
 * esbuild options for the main process and the preload (CommonJS, as Electron loads them). Source
 * maps only for development (`npm start`): a packaged bundle ships without them, so it does not
 * carry the source next to the binary.
 */
export function electronBuildOptions({ dev }) {
  return {
    bundle: true,
    platform: 'node',
    target: 'node22',
    format: 'cjs',
    external: ['electron'],
    sourcemap: dev ? 'linked' : false,
    minify: !dev,
    logLevel: 'warning',
  };
}
