import type { BatonBridge } from '@shared/ipc';
import type { Platform } from './platform';
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
    exportPdf: async (suggestedName) => ((await bridge.invoke('print:pdf', { suggestedName })).saved ? 'saved' : 'cancelled'),
    backups: {
      write: (workspaceId, data) => bridge.invoke('backup:write', { workspaceId, data }),
      list: (workspaceId) => bridge.invoke('backup:list', { workspaceId }),
      read: (workspaceId, name) => bridge.invoke('backup:read', { workspaceId, name }),
    },
    credentials: {
      secure: true,
      get: (key) => bridge.invoke('credentials:get', { key }),
      set: (key, value) => bridge.invoke('credentials:set', { key, value }),
      delete: (key) => bridge.invoke('credentials:delete', { key }),
    },
  };
}
