import Dexie, { type EntityTable } from 'dexie';
import type { BackupInfo } from '@shared/ipc';
import type { FileFilter, Platform } from './platform';
import { readStorageStatus, requestPersistence } from './storage-status';

type StoredBackup = BackupInfo & { id?: number; workspaceId: string; data: Uint8Array };
const BACKUPS_KEPT = 10;
const CREDENTIAL_PREFIX = 'baton.credential.';

function backupDb() {
  const db = new Dexie('baton-backups') as Dexie & { backups: EntityTable<StoredBackup, 'id'> };
  db.version(1).stores({ backups: '++id, workspaceId, at' });
  return db;
}

const accept = (filters: FileFilter[]) => filters.flatMap((f) => f.extensions.map((e) => `.${e}`)).join(',');

/** The renderer in a plain browser: downloads, file inputs, backups in IndexedDB, credentials in localStorage. */
export function webPlatform(version: string, doc: Document = document, storage: Storage = localStorage): Platform {
  let backups: ReturnType<typeof backupDb> | null = null;
  const db = () => (backups ??= backupDb());
  return {
    appVersion: async () => version,
    storage: {
      status: () => readStorageStatus(globalThis.navigator?.storage),
      persist: () => requestPersistence(globalThis.navigator?.storage),
    },
    saveFile: async (suggestedName, data) => {
      const url = URL.createObjectURL(new Blob([data as BlobPart]));
      const link = doc.createElement('a');
      link.href = url;
      link.download = suggestedName;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      return true;
    },
    print: async () => (doc.defaultView ?? window).print(),
    exportPdf: async () => {
      // A browser has no PDF writer a page can call: its print dialog offers "Save as PDF".
      (doc.defaultView ?? window).print();
      return 'print_dialog';
    },
    openFile: (filters) =>
      new Promise((resolve) => {
        const input = doc.createElement('input');
        input.type = 'file';
        input.accept = accept(filters);
        input.addEventListener('change', async () => {
          const file = input.files?.[0];
          resolve(file ? { name: file.name, data: new Uint8Array(await file.arrayBuffer()) } : null);
        });
        input.addEventListener('cancel', () => resolve(null));
        input.click();
      }),
    backups: {
      write: async (workspaceId, data) => {
        let info: BackupInfo = { name: '', at: Date.now(), bytes: data.byteLength };
        await db().transaction('rw', db().backups, async () => {
          // Names are read back by `read`: two backups in the same millisecond get the next one.
          const newest = (await db().backups.where('workspaceId').equals(workspaceId).reverse().sortBy('at'))[0];
          const at = newest && newest.at >= info.at ? newest.at + 1 : info.at;
          info = { name: `backup-${at}.baton`, at, bytes: data.byteLength };
          await db().backups.add({ ...info, workspaceId, data });
          const old = await db().backups.where('workspaceId').equals(workspaceId).reverse().sortBy('at');
          await db().backups.bulkDelete(old.slice(BACKUPS_KEPT).map((b) => b.id!));
        });
        return info;
      },
      list: async (workspaceId) => {
        const all = await db().backups.where('workspaceId').equals(workspaceId).reverse().sortBy('at');
        return all.map(({ name, at, bytes }) => ({ name, at, bytes }));
      },
      read: async (workspaceId, name) => {
        const found = await db()
          .backups.where('workspaceId')
          .equals(workspaceId)
          .filter((b) => b.name === name)
          .first();
        return found?.data ?? null;
      },
    },
    credentials: {
      secure: false,
      get: async (key) => storage.getItem(CREDENTIAL_PREFIX + key),
      set: async (key, value) => storage.setItem(CREDENTIAL_PREFIX + key, value),
      delete: async (key) => storage.removeItem(CREDENTIAL_PREFIX + key),
    },
  };
}
