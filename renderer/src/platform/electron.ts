import type { BatonBridge } from '@shared/ipc';
import { CredentialNotStored, type Platform } from './platform';
import { readStorageStatus } from './storage-status';

/** Talks to the main process through the preload bridge (`window.baton`). */
export function electronPlatform(bridge: BatonBridge): Platform {
  return {
    appVersion: () => bridge.invoke('app:version', {}),
    storage: {
      // A desktop app's profile is not evicted under storage pressure: only the figures come from the browser engine.
      status: async () => ({ ...(await readStorageStatus(globalThis.navigator?.storage)), persisted: true }),
      persist: async () => true,
    },
    saveFile: async (suggestedName, data, filters) => (await bridge.invoke('file:save', { suggestedName, data, filters })).saved,
    openFile: (filters) => bridge.invoke('file:open', { filters }),
    print: async () => window.print(),
    exportPdf: async (suggestedName) => ((await bridge.invoke('report:print-pdf', { suggestedName })).saved ? 'saved' : 'cancelled'),
    backups: {
      write: (workspaceId, data, meta) => bridge.invoke('backup:write', { workspaceId, data, meta }),
      list: (workspaceId) => bridge.invoke('backup:list', { workspaceId }),
      read: (workspaceId, name) => bridge.invoke('backup:read', { workspaceId, name }),
    },
    credentials: {
      secure: true,
      get: (key) => bridge.invoke('credentials:get', { key }),
      set: async (key, value) => {
        const result = await bridge.invoke('credentials:set', { key, value });
        if (!result.stored) throw new CredentialNotStored(result.reason);
      },
      delete: (key) => bridge.invoke('credentials:delete', { key }),
    },
    setLanguage: (language) => bridge.invoke('app:set-language', { language }),
    onMenuCommand: (listener) => bridge.on('menu:command', ({ command }) => listener(command)),
    takeOpenedFiles: () => bridge.invoke('file:take-opened', {}),
    onFileOpened: (listener) => bridge.on('file:opened', () => listener()),
    notify: async (note) => (await bridge.invoke('notify:show', note)).shown,
    onNotificationClicked: (listener) => bridge.on('notification:clicked', ({ id }) => listener(id)),
    allowSyncServer: async (url) => {
      const result = await bridge.invoke('sync:allow-server', { url });
      return result.ok ? { ok: true } : result;
    },
  };
}
