import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectDiagnostics } from './diagnostics';

describe('the diagnostic bundle', () => {
  it('holds versions, the system and backup sizes — no customer data', async () => {
    const userDataDir = await mkdtemp(join(tmpdir(), 'baton-diag-'));
    await mkdir(join(userDataDir, 'backups', '0190-ws'), { recursive: true });
    await writeFile(join(userDataDir, 'backups', '0190-ws', 'backup-1.baton'), 'Hanbit Software, kim@hanbit.example');
    await writeFile(join(userDataDir, 'backups', '0190-ws', 'backup-1.baton.json'), '{"meta":{"workspaceName":"Secret Client"}}');
    await writeFile(join(userDataDir, 'credentials.json'), '{"sync.password":"Y2lwaGVy"}');
    const bundle = await collectDiagnostics({
      userDataDir,
      appVersion: '0.1.0',
      versions: { electron: '42.0.0', chrome: '140', node: '22.12.0', v8: '14' },
      platform: 'linux',
      arch: 'x64',
      osRelease: '6.1',
      locale: 'ko-KR',
      isPackaged: true,
    });
    expect(bundle).toMatchObject({
      app: { version: '0.1.0' },
      versions: { electron: '42.0.0' },
      backups: [{ workspaceFolder: '0190-ws', count: 1, bytes: 35 }],
    });
    const json = JSON.stringify(bundle);
    for (const secret of ['Hanbit', 'kim@', 'Secret Client', 'Y2lwaGVy']) expect(json).not.toContain(secret);
  });
});
