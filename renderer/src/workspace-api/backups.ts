import { isDailyBackupDue, newestFirst, type BackupInfo, type BackupReason } from '@shared/backups/backup-policy';
import type { RegistryDb, WorkspaceEntry } from '../db/registry-db';
import { listAllWorkspaces } from '../db/repositories/registry-repository';
import { backupKeyOf, type Backup, type FileRefused, type ImportedAsNew, type Replaced, type WorkspaceManager } from './workspace-manager';
import type { WorkspaceStore } from './workspace-store';

/** The platform's backup storage (files in the app's folder on the desktop, IndexedDB in a browser). */
export type BackupStorage = { write: Backup; list(key: string): Promise<BackupInfo[]>; read(key: string, name: string): Promise<Uint8Array | null> };

/** The backups of one workspace lineage: the live workspace they restore into, or null when it was deleted. */
export type BackupGroup = { key: string; name: string; live: WorkspaceEntry | null; backups: BackupInfo[] };

export type Restored = { ok: true; into: 'replaced'; result: Replaced } | { ok: true; into: 'new'; result: ImportedAsNew } | FileRefused;

export class BackupGone extends Error {
  constructor(name: string) {
    super(`Backup ${name} is no longer kept.`);
    this.name = 'BackupGone';
  }
}

/**
 * Backups as the user meets them: daily and on request, listed per workspace with what they hold,
 * and restored — into the workspace they came from after a backup of how it is now, or, for a
 * deleted workspace, as a new one.
 */
export function createBackupService({
  registry,
  store,
  manager,
  storage,
  now,
}: {
  registry: RegistryDb;
  store: WorkspaceStore;
  manager: WorkspaceManager;
  storage: BackupStorage;
  now: () => number;
}) {
  const groups = async (): Promise<BackupGroup[]> => {
    const entries = await listAllWorkspaces(registry);
    const byKey = new Map<string, WorkspaceEntry[]>();
    for (const entry of entries) byKey.set(backupKeyOf(entry), [...(byKey.get(backupKeyOf(entry)) ?? []), entry]);
    const all = await Promise.all(
      [...byKey].map(async ([key, list]) => {
        const live = list.find((e) => e.deletedAt === null) ?? null;
        return { key, name: (live ?? list[0]!).name, live, backups: newestFirst(await storage.list(key)) };
      }),
    );
    // The open workspace first, then the others with their newest backup first.
    const openKey = store.getState().current ? backupKeyOf(store.getState().current!.entry) : null;
    return all.filter((g) => g.backups.length > 0).sort((a, b) => Number(b.key === openKey) - Number(a.key === openKey) || b.backups[0]!.at - a.backups[0]!.at);
  };

  return {
    groups,
    /** A backup of the open workspace now. */
    backupOpen: async (reason: BackupReason): Promise<BackupInfo | null> => {
      const current = store.getState().current;
      return current ? manager.backup(current.entry.id, storage.write, reason) : null;
    },
    /** Takes the day's backup of a workspace when its newest is a day old; skipped while other long work runs. */
    backupIfDue: async (entry: WorkspaceEntry): Promise<BackupInfo | null> => {
      if (store.getState().busy) return null;
      const [newest] = newestFirst(await storage.list(backupKeyOf(entry)));
      if (!isDailyBackupDue(newest?.at ?? null, now())) return null;
      return manager.backup(entry.id, storage.write, 'daily');
    },
    read: async (key: string, name: string): Promise<Uint8Array> => {
      const data = await storage.read(key, name);
      if (!data) throw new BackupGone(name);
      return data;
    },
    /** Restores a backup: the live workspace of its lineage is backed up and then replaced; with none, it opens as a new workspace. */
    restore: async (group: BackupGroup, backup: BackupInfo): Promise<Restored> => {
      const data = await storage.read(group.key, backup.name);
      if (!data) throw new BackupGone(backup.name);
      if (group.live) {
        const result = await manager.replace(group.live.id, data, storage.write, 'before_restore');
        return result.ok ? { ok: true, into: 'replaced', result } : result;
      }
      const result = await manager.importAsNew(data);
      return result.ok ? { ok: true, into: 'new', result } : result;
    },
  };
}

export type BackupService = ReturnType<typeof createBackupService>;
