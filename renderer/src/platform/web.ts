import Dexie, { type EntityTable } from 'dexie';
import { BACKUPS_KEPT, backupName, newestFirst, type BackupInfo, type BackupMeta } from '@shared/backups/backup-policy';
import type { FileFilter, Platform } from './platform';
import { readStorageStatus, requestPersistence } from './storage-status';

/** Backups from before metadata existed have no `meta`. */
type StoredBackup = Omit<BackupInfo, 'meta'> & { meta?: BackupMeta | null; id?: number; workspaceId: string; data: Uint8Array };
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
      write: async (workspaceId, data, meta) => {
        const backups = db().backups;
        let stored: StoredBackup | undefined;
        // One read-write transaction at a time: two backups in the same millisecond get different names.
        await db().transaction('rw', backups, async () => {
          const taken = new Set((await backups.where('workspaceId').equals(workspaceId).toArray()).map((b) => b.name));
          const at = Date.now();
          stored = { name: backupName(at, taken), at, bytes: data.byteLength, meta, workspaceId, data };
          stored.id = await backups.add(stored);
        });
        const saved = stored!;
        // Read back what the browser kept before older backups are let go.
        const back = await backups.get(saved.id!);
        if (!back || !sameBytes(back.data, data)) {
          await backups.delete(saved.id!);
          throw new Error(`Backup ${saved.name} could not be verified: what the browser kept differs from what was written. Older backups were kept.`);
        }
        await db().transaction('rw', backups, async () => {
          const all = newestFirst(await backups.where('workspaceId').equals(workspaceId).toArray());
          await backups.bulkDelete(all.slice(BACKUPS_KEPT).map((b) => b.id!));
        });
        return infoOf(saved);
      },
      list: async (workspaceId) => newestFirst(await db().backups.where('workspaceId').equals(workspaceId).toArray()).map(infoOf),
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
    setLanguage: async () => undefined,
    // A browser tab has no application menu and no file associations.
    onMenuCommand: () => () => undefined,
    takeOpenedFiles: async () => [],
    onFileOpened: () => () => undefined,
    // Notifications stay in the app's inbox and toasts: no permission prompt for a web page.
    notify: async () => false,
    onNotificationClicked: () => () => undefined,
    allowSyncServer: async (url) =>
      url === null || isAllowedSyncUrl(url) ? { ok: true } : { ok: false, reason: URL.canParse(url) ? 'not_https' : 'invalid_url' },
  };
}

const infoOf = ({ name, at, bytes, meta }: StoredBackup): BackupInfo => ({ name, at, bytes, meta: meta ?? null });

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.byteLength !== b.byteLength) return false;
  for (let i = 0; i < a.byteLength; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** https, or plain http to this machine (a server the user runs locally). */
function isAllowedSyncUrl(raw: string): boolean {
  try {
    const url = new URL(raw);
    return url.protocol === 'https:' || (url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname));
  } catch {
    return false;
  }
}
