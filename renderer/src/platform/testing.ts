import type { BackupInfo } from '@shared/ipc';
import type { OpenedFile, Platform } from './platform';

/** In-memory platform for tests: records saved files, serves queued files to open. */
export function testingPlatform() {
  const saved: { name: string; data: Uint8Array }[] = [];
  const toOpen: (OpenedFile | null)[] = [];
  const backups = new Map<string, (BackupInfo & { data: Uint8Array })[]>();
  const secrets = new Map<string, string>();
  let clock = 0;
  const printed: string[] = [];
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
      write: async (workspaceId, data) => {
        const info = { name: `backup-${++clock}.baton`, at: clock, bytes: data.byteLength };
        backups.set(workspaceId, [{ ...info, data }, ...(backups.get(workspaceId) ?? [])]);
        return info;
      },
      list: async (workspaceId) => (backups.get(workspaceId) ?? []).map(({ name, at, bytes }) => ({ name, at, bytes })),
      read: async (workspaceId, name) => (backups.get(workspaceId) ?? []).find((b) => b.name === name)?.data ?? null,
    },
    credentials: {
      secure: true,
      get: async (key) => secrets.get(key) ?? null,
      set: async (key, value) => void secrets.set(key, value),
      delete: async (key) => void secrets.delete(key),
    },
  };
  return { platform, saved, printed, queueOpen: (file: OpenedFile | null) => toOpen.push(file) };
}
