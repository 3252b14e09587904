import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import { load } from 'js-yaml';

type BuilderConfig = Parameters<typeof validateConfiguration>[0];
const config = load(readFileSync('electron-builder.yml', 'utf8')) as BuilderConfig;

describe('electron-builder.yml', () => {
  it('passes electron-builder’s own schema (packaging needs the network; the config does not)', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('an unknown key fails at once (so the check above means something)', async () => {
    await expect(validateConfiguration({ ...config, notAKey: true } as BuilderConfig, new DebugLogger(false))).rejects.toThrow(/notAKey/);
  });

  it('hardens the binary with fuses: no RunAsNode, no NODE_OPTIONS, app only from an integrity-checked asar', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
    });
  });
});

describe('what the installers contain', () => {
  it('associates workspace and design files, has an icon, and ships no source maps', async () => {
    expect(config.fileAssociations).toEqual([expect.objectContaining({ ext: 'baton' }), expect.objectContaining({ ext: 'baton-design.json' })]);
    expect(config.icon).toBe('assets/icon.png');
    expect(existsSync('assets/icon.png')).toBe(true);
    expect(config.files).toContain('!**/*.map');
    expect(config.linux).toMatchObject({ target: ['AppImage', 'deb'] });
    expect(config.win).toMatchObject({ target: ['nsis'] });
    expect(config.mac).toMatchObject({ target: ['dmg'] });
  });

  it('the packaging build of the main process makes no source maps; the development build does', async () => {
    const { electronBuildOptions } = await import('./electron-build-options.mjs');
    expect(electronBuildOptions({ dev: false }).sourcemap).toBe(false);
    expect(electronBuildOptions({ dev: true }).sourcemap).toBeTruthy();
  });
});
