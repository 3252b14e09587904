import { describe, expect, it } from 'vitest';
// @ts-expect-error -- plain .mjs script run by node directly; it has no type declarations.
import { resolveElectron } from './start-electron.mjs';

describe('start-electron', () => {
  it('explains a failed Electron download and offers npm run web and ELECTRON_OVERRIDE_DIST_PATH', () => {
    const result = resolveElectron(() => {
      throw new Error('Electron failed to install correctly. Please delete `node_modules/electron`');
    });
    expect(result.ok).toBe(false);
    expect(result.message).toContain('npm run web');
    expect(result.message).toContain('ELECTRON_OVERRIDE_DIST_PATH');
    expect(result.message).toContain('cause: Electron failed to install correctly');
  });

  it('returns the binary path when Electron is there', () => {
    expect(resolveElectron(() => '/opt/electron/electron')).toEqual({ ok: true, path: '/opt/electron/electron' });
  });
});
