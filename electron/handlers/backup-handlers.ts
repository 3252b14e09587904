import { mkdir, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BackupInfo, IpcHandlers } from '../../shared/ipc';

export const BACKUPS_KEPT = 10;

/**
 * Timestamped workspace backups under `<userData>/backups/<workspaceId>/`, newest `BACKUPS_KEPT` kept.
 * The workspace id is a validated slug (see shared/ipc.ts), so the path cannot leave the folder.
 */
export function backupHandlers(backupRoot: string, now: () => number = Date.now): Pick<IpcHandlers, 'backup:write' | 'backup:list' | 'backup:read'> {
  const folder = (workspaceId: string) => join(backupRoot, workspaceId);
  const list = async (workspaceId: string): Promise<BackupInfo[]> => {
    const dir = folder(workspaceId);
    const names = await readdir(dir).catch(() => [] as string[]);
    const infos = await Promise.all(
      names
        .filter((n) => /^backup-\d+\.baton$/.test(n))
        .map(async (name) => ({ name, at: Number(name.slice(7, -6)), bytes: (await stat(join(dir, name))).size })),
    );
    return infos.sort((a, b) => b.at - a.at);
  };
  return {
    'backup:write': async ({ workspaceId, data }) => {
      const dir = folder(workspaceId);
      await mkdir(dir, { recursive: true });
      const at = now();
      const name = `backup-${at}.baton`;
      await writeFile(join(dir, name), data);
      const all = await list(workspaceId);
      await Promise.all(all.slice(BACKUPS_KEPT).map((old) => rm(join(dir, old.name))));
      return { name, at, bytes: data.byteLength };
    },
    'backup:list': async ({ workspaceId }) => list(workspaceId),
    // The name is checked against backup-<time>.baton by the channel's schema: it cannot leave the folder.
    'backup:read': async ({ workspaceId, name }) =>
      readFile(join(folder(workspaceId), name)).then(
        (b) => new Uint8Array(b),
        () => null,
      ),
  };
}
