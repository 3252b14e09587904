import Dexie from 'dexie';
import { newId } from '@shared/model';
import { workspaceFileExtension, type MergeSummary, type WorkspaceFileError } from '@shared/workspace-file';
import type { BackupInfo, BackupMeta, BackupReason } from '@shared/ipc';
import type { RegistryDb, WorkspaceEntry } from '../db/registry-db';
import { addWorkspace, listWorkspaces, removeWorkspace, renameWorkspace, swapWorkspace } from '../db/repositories/registry-repository';
import { workspaceDbName } from '../db/workspace-db';
import { sweepOrphanDatabases, whileWriting, type OrphanSweepDeps } from './orphan-databases';
import type { WorkspaceFileOps } from '../workers/workspace-file-ops';
import type { BusyProgress, WorkspaceStore } from './workspace-store';

export type WorkspaceManagerDeps = {
  registry: RegistryDb;
  store: WorkspaceStore;
  files: WorkspaceFileOps;
  appVersion: string;
  now: () => number;
};

/** Keeps a backup of a workspace (the platform's backups), under the workspace's backup key. */
export type Backup = (backupKey: string, data: Uint8Array, meta: BackupMeta) => Promise<BackupInfo>;

/** Whose backups a workspace's are: its own id, or the id of the workspace it replaced (restores included). */
export const backupKeyOf = (entry: WorkspaceEntry): string => entry.backupKey ?? entry.id;

export type FileRefused = { ok: false; errors: WorkspaceFileError[] };
export type ImportedAsNew = { ok: true; entry: WorkspaceEntry };
export type Replaced = { ok: true; entry: WorkspaceEntry; backup: BackupInfo };
export type Merged = { ok: true; summary: MergeSummary };

/** A file name for a workspace: its name made safe for any disk, the day, the extension. */
export function workspaceFileName(name: string, at: number): string {
  const safe =
    Array.from(name, (ch) => (ch < ' ' || '\\/:*?"<>|'.includes(ch) ? ' ' : ch))
      .join('')
      .replace(/\s+/g, ' ')
      .trim() || 'workspace';
  return `${safe} ${new Date(at).toISOString().slice(0, 10)}.${workspaceFileExtension}`;
}

/**
 * Workspaces side by side: export and import of workspace files (as a new workspace, replacing the
 * open one after a backup, or merged into it), rename, duplicate and delete (after a backup). Long
 * work runs in a worker and shows its progress in the store's `busy`; the open workspace is reopened
 * on whatever database holds it afterwards.
 */
export function createWorkspaceManager({ registry, store, files, appVersion, now }: WorkspaceManagerDeps) {
  const busy = (progress: BusyProgress | null) => store.setState({ busy: progress });
  // Progress comes from a worker by message: one landing after the work finished must not mark the app busy again.
  let working = false;
  const track = (p: BusyProgress) => {
    if (working) busy(p);
  };
  const entryOf = async (id: string) => {
    const entry = (await listWorkspaces(registry)).find((w) => w.id === id);
    if (!entry) throw new Error(`No workspace with id ${id}`);
    return entry;
  };
  const exportBytes = async (entry: WorkspaceEntry, compress = true) => {
    const blob = await files.exportWorkspace(workspaceDbName(entry.id), { appVersion, name: entry.name, createdAt: now(), compress }, track);
    return new Uint8Array(await blob.arrayBuffer());
  };
  const backupOf = async (entry: WorkspaceEntry, backup: Backup, reason: BackupReason) => {
    busy({ phase: 'backingUp' });
    const { blob, counts } = await files.exportWorkspaceCounted(
      workspaceDbName(entry.id),
      { appVersion, name: entry.name, createdAt: now(), compress: true },
      track,
    );
    return backup(backupKeyOf(entry), new Uint8Array(await blob.arrayBuffer()), { workspaceName: entry.name, reason, counts });
  };
  const running = async <T>(work: () => Promise<T>): Promise<T> => {
    if (store.getState().busy) throw new Error('Another long operation is still running.');
    working = true;
    try {
      return await work();
    } finally {
      working = false;
      busy(null);
    }
  };
  /** Closes the open workspace's connection if it is `id` (a replaced or deleted database must not stay open). */
  const closeIfOpen = (id: string) => {
    const current = store.getState().current;
    if (current?.entry.id !== id) return false;
    current.db.close();
    store.setState({ current: null });
    return true;
  };

  return {
    /** The workspace as a workspace file's bytes, with the name to save it under. */
    exportFile: (id: string): Promise<{ name: string; data: Uint8Array }> =>
      running(async () => {
        const entry = await entryOf(id);
        return { name: workspaceFileName(entry.name, now()), data: await exportBytes(entry) };
      }),

    /** A workspace file as a new workspace, opened; a refused file leaves nothing behind. */
    importAsNew: (data: Uint8Array): Promise<ImportedAsNew | FileRefused> =>
      running(async () => {
        const id = newId();
        const added = await whileWriting(workspaceDbName(id), async () => {
          const verdict = await files.importAsNew(data, workspaceDbName(id), track);
          if (!verdict.ok) return verdict;
          return { ok: true as const, entry: await addWorkspace(registry, { id, name: verdict.manifest.name.trim() || 'Workspace', isDemo: false }, now()) };
        });
        if (!added.ok) return added;
        const { entry } = added;
        busy(null);
        await store.getState().open(entry.id);
        return { ok: true as const, entry };
      }),

    /**
     * Replaces a workspace's contents with a file: the file is written into a new database; only
     * once it checked out is a backup of the workspace taken and the new database takes its place
     * (same name). A refused file changes nothing and needs no backup.
     */
    replace: (id: string, data: Uint8Array, backup: Backup, reason: BackupReason = 'before_replace'): Promise<Replaced | FileRefused> =>
      running(async () => {
        const entry = await entryOf(id);
        const newDbId = newId();
        const swapped = await whileWriting(workspaceDbName(newDbId), async () => {
          const verdict = await files.importAsNew(data, workspaceDbName(newDbId), track);
          if (!verdict.ok) return verdict;
          // The backup is taken once the file has checked out, so it is the workspace as it was just before the swap.
          let saved: BackupInfo;
          try {
            saved = await backupOf(entry, backup, reason);
          } catch (error) {
            await Dexie.delete(workspaceDbName(newDbId));
            throw error;
          }
          const at = now();
          // The replacement keeps the backup key: the backups of what it replaced stay its own to restore.
          const replacement: WorkspaceEntry = { ...entry, id: newDbId, backupKey: backupKeyOf(entry), createdAt: at, updatedAt: at, lastOpenedAt: at };
          await swapWorkspace(registry, entry.id, replacement, at);
          return { ok: true as const, saved, replacement };
        });
        if (!swapped.ok) return swapped;
        const { saved, replacement } = swapped;
        const wasOpen = closeIfOpen(entry.id);
        await Dexie.delete(workspaceDbName(entry.id));
        busy(null);
        if (wasOpen) await store.getState().open(replacement.id);
        return { ok: true as const, entry: replacement, backup: saved };
      }),

    /** Merges a file into a workspace (newest updatedAt wins per record), all in one batch. */
    merge: (id: string, data: Uint8Array): Promise<Merged | FileRefused> =>
      running(async () => {
        const scratch = `baton-scratch-${newId()}`;
        const result = await whileWriting(scratch, () => files.mergeFile(data, workspaceDbName(id), scratch, track));
        return result.ok ? { ok: true as const, summary: result.summary } : result;
      }),

    /** A backup of the workspace as it is now (daily, on request, before a design is applied). */
    backup: (id: string, backup: Backup, reason: BackupReason): Promise<BackupInfo> =>
      running(async () => {
        const entry = await entryOf(id);
        return backupOf(entry, backup, reason);
      }),

    rename: async (id: string, name: string): Promise<void> => {
      await renameWorkspace(registry, id, name.trim(), now());
      const current = store.getState().current;
      if (current?.entry.id === id) store.setState({ current: { ...current, entry: { ...current.entry, name: name.trim() } } });
    },

    /** A copy beside the original, under the name given; the original stays open. */
    duplicate: (id: string, name: string): Promise<WorkspaceEntry> =>
      running(async () => {
        const entry = await entryOf(id);
        const copyId = newId();
        return whileWriting(workspaceDbName(copyId), async () => {
          await files.duplicateWorkspace(workspaceDbName(entry.id), workspaceDbName(copyId), track);
          return addWorkspace(registry, { id: copyId, name: name.trim(), isDemo: entry.isDemo }, now());
        });
      }),

    /**
     * Deletes a workspace after a backup: its entry is marked deleted (sync must see it) and its
     * database removed. Deleting the open workspace opens the most recent other one, if any.
     */
    remove: (id: string, backup: Backup): Promise<{ backup: BackupInfo }> =>
      running(async () => {
        const entry = await entryOf(id);
        const saved = await backupOf(entry, backup, 'before_delete');
        await removeWorkspace(registry, entry.id, now());
        const wasOpen = closeIfOpen(entry.id);
        await Dexie.delete(workspaceDbName(entry.id));
        busy(null);
        if (wasOpen) {
          const [next] = await listWorkspaces(registry);
          if (next) await store.getState().open(next.id);
        }
        return { backup: saved };
      }),

    /** At start-up: deletes the databases a crash or reload left half-written (see orphan-databases). */
    sweepOrphans: async (deps: OrphanSweepDeps | null): Promise<string[]> => {
      if (!deps) return [];
      const listed = new Set((await listWorkspaces(registry)).map((w) => w.id));
      return sweepOrphanDatabases(listed, deps);
    },
  };
}

export type WorkspaceManager = ReturnType<typeof createWorkspaceManager>;
