import { readFileSync } from 'node:fs';
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
