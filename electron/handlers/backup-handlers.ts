import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { BACKUPS_KEPT, backupMetaSchema, backupName, backupsToPrune, newestFirst, parseBackupName, type BackupInfo } from '../../shared/backups/backup-policy';
import type { IpcHandlers } from '../../shared/ipc';
import { isTempFile, writeFileAtomic } from '../atomic-file';

/** The file beside each backup: what it holds, and the digest it was verified against. */
const sidecarSchema = z.object({ meta: backupMetaSchema, sha256: z.string().regex(/^[0-9a-f]{64}$/) });
const sidecarOf = (name: string) => `${name}.json`;
const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

export class BackupDamaged extends Error {
  constructor(name: string, why: string) {
    super(`Backup ${name} is damaged: ${why}.`);
    this.name = 'BackupDamaged';
  }
}

/**
 * Workspace backups under `<root>/<workspaceId>/`, the newest `kept` of each workspace kept. A write
 * goes to a temp file and is renamed into place (a crash never leaves half a backup under a backup's
 * name), is read back and compared with what was handed over, and only then are old ones removed.
 * Writes of one workspace run one after another, so names stay unique within one millisecond.
 * The workspace id and the backup name are checked by the channel schemas: no path leaves the folder.
 */
export function backupHandlers(
  backupRoot: string,
  now: () => number = Date.now,
  kept = BACKUPS_KEPT,
  /** The atomic writer; tests pass one that fails or corrupts to see what a bad disk leaves. */
  write: typeof writeFileAtomic = writeFileAtomic,
): Pick<IpcHandlers, 'backup:write' | 'backup:list' | 'backup:read'> {
  const folder = (workspaceId: string) => join(backupRoot, workspaceId);
  const queues = new Map<string, Promise<unknown>>();
  const serial = <T>(workspaceId: string, work: () => Promise<T>): Promise<T> => {
    const run = (queues.get(workspaceId) ?? Promise.resolve()).then(work, work);
    queues.set(
      workspaceId,
      run.catch(() => undefined),
    );
    return run;
  };

  const readSidecar = async (dir: string, name: string) => {
    const text = await readFile(join(dir, sidecarOf(name)), 'utf8').catch(() => null);
    if (text === null) return null;
    try {
      const parsed = sidecarSchema.safeParse(JSON.parse(text));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  };

  const list = async (workspaceId: string): Promise<BackupInfo[]> => {
    const dir = folder(workspaceId);
    const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => parseBackupName(n) !== null);
    const infos = await Promise.all(
      names.map(async (name) => {
        const size = await stat(join(dir, name)).then(
          (s) => s.size,
          () => null,
        );
        if (size === null) return null;
        return { name, at: parseBackupName(name)!.at, bytes: size, meta: (await readSidecar(dir, name))?.meta ?? null };
      }),
    );
    return newestFirst(infos.filter((i): i is BackupInfo => i !== null));
  };

  return {
    'backup:write': ({ workspaceId, data, meta }) =>
      serial(workspaceId, async () => {
        const dir = folder(workspaceId);
        await mkdir(dir, { recursive: true });
        const present = await readdir(dir);
        // Temp files of an interrupted write are garbage: the write they belonged to never finished.
        await Promise.all(present.filter(isTempFile).map((n) => rm(join(dir, n), { force: true })));
        const at = now();
        const name = backupName(at, new Set(present));
        const digest = sha256(data);
        // A sidecar whose backup never arrived (a write that failed after it) is garbage too.
        await Promise.all(present.filter((n) => n.endsWith('.baton.json') && !present.includes(n.slice(0, -5))).map((n) => rm(join(dir, n), { force: true })));
        // The sidecar first: the backup's own rename is the commit, so a listed backup always has its sidecar.
        await write(join(dir, sidecarOf(name)), JSON.stringify({ meta, sha256: digest }));
        await write(join(dir, name), data);
        const back = await readFile(join(dir, name));
        if (sha256(back) !== digest) {
          await Promise.all([rm(join(dir, name), { force: true }), rm(join(dir, sidecarOf(name)), { force: true })]);
          throw new BackupDamaged(name, 'what was read back differs from what was written; it was removed and older backups were kept');
        }
        const all = await list(workspaceId);
        await Promise.all(
          backupsToPrune(all, kept).flatMap((old) => [rm(join(dir, old.name), { force: true }), rm(join(dir, sidecarOf(old.name)), { force: true })]),
        );
        return { name, at, bytes: data.byteLength, meta };
      }),
    'backup:list': async ({ workspaceId }) => list(workspaceId),
    'backup:read': async ({ workspaceId, name }) => {
      const dir = folder(workspaceId);
      const data = await readFile(join(dir, name)).catch(() => null);
      if (data === null) return null;
      const sidecar = await readSidecar(dir, name);
      if (sidecar && sha256(data) !== sidecar.sha256) throw new BackupDamaged(name, 'its contents no longer match the digest taken when it was written');
      return new Uint8Array(data);
    },
  };
}
