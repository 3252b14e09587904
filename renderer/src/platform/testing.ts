import { BACKUPS_KEPT, backupName, newestFirst, type BackupInfo } from '@shared/backups/backup-policy';
import type { MenuCommand } from '@shared/ipc';
import type { NativeNote, OpenedFile, Platform } from './platform';

/** In-memory platform for tests: records saved files, serves queued files to open, fires menu commands. */
export function testingPlatform({ nativeNotifications = false, now }: { nativeNotifications?: boolean; now?: () => number } = {}) {
  const saved: { name: string; data: Uint8Array }[] = [];
  const toOpen: (OpenedFile | null)[] = [];
  const openedWithApp: OpenedFile[] = [];
  const backups = new Map<string, (BackupInfo & { data: Uint8Array })[]>();
  const secrets = new Map<string, string>();
  const notes: NativeNote[] = [];
  const menuListeners = new Set<(command: MenuCommand) => void>();
  const fileListeners = new Set<() => void>();
  const clickListeners = new Set<(id: string) => void>();
  const printed: string[] = [];
  let language: 'en' | 'ko' | null = null;
  let clock = 0;
  const subscribe =
    <T>(set: Set<T>) =>
    (listener: T) => {
      set.add(listener);
      return () => void set.delete(listener);
    };
  const platform: Platform = {
    appVersion: async () => '0.0.0-test',
    storage: {
      status: async () => ({ persisted: true, usage: 0, quota: 1_000_000_000 }),
      persist: async () => true,
    },
    saveFile: async (name, data) => {
      saved.push({ name, data });
      return true;
    },
    openFile: async () => toOpen.shift() ?? null,
    print: async () => void printed.push('print'),
    exportPdf: async (name) => {
      printed.push(name);
      return 'saved';
    },
    backups: {
      write: async (workspaceId, data, meta) => {
        const list = backups.get(workspaceId) ?? [];
        const at = now ? now() : ++clock;
        const info: BackupInfo = { name: backupName(at, new Set(list.map((b) => b.name))), at, bytes: data.byteLength, meta };
        backups.set(workspaceId, newestFirst([{ ...info, data }, ...list]).slice(0, BACKUPS_KEPT));
        return info;
      },
      list: async (workspaceId) => (backups.get(workspaceId) ?? []).map(({ name, at, bytes, meta }) => ({ name, at, bytes, meta })),
      read: async (workspaceId, name) => (backups.get(workspaceId) ?? []).find((b) => b.name === name)?.data ?? null,
    },
    credentials: {
      secure: true,
      get: async (key) => secrets.get(key) ?? null,
      set: async (key, value) => void secrets.set(key, value),
      delete: async (key) => void secrets.delete(key),
    },
    setLanguage: async (next) => void (language = next),
    onMenuCommand: subscribe(menuListeners),
    takeOpenedFiles: async () => openedWithApp.splice(0),
    onFileOpened: subscribe(fileListeners),
    notify: async (note) => {
      if (!nativeNotifications) return false;
      notes.push(note);
      return true;
    },
    onNotificationClicked: subscribe(clickListeners),
    allowSyncServer: async () => ({ ok: true }),
  };
  return {
    platform,
    saved,
    notes,
    printed,
    language: () => language,
    queueOpen: (file: OpenedFile | null) => toOpen.push(file),
    menu: (command: MenuCommand) => menuListeners.forEach((l) => l(command)),
    openWithApp: (file: OpenedFile) => {
      openedWithApp.push(file);
      fileListeners.forEach((l) => l());
    },
    clickNotification: (id: string) => clickListeners.forEach((l) => l(id)),
  };
}
