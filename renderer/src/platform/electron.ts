import type { BatonBridge } from '@shared/ipc';
import type { Platform } from './platform';

/** Talks to the main process through the preload bridge (`window.baton`). */
export function electronPlatform(bridge: BatonBridge): Platform {
  return {
    appVersion: () => bridge.invoke('app:version', {}),
    saveFile: async (suggestedName, data, filters) => (await bridge.invoke('file:save', { suggestedName, data, filters })).saved,
    openFile: (filters) => bridge.invoke('file:open', { filters }),
    backups: {
      write: (workspaceId, data) => bridge.invoke('backup:write', { workspaceId, data }),
      list: (workspaceId) => bridge.invoke('backup:list', { workspaceId }),
    },
    credentials: {
      secure: true,
      get: (key) => bridge.invoke('credentials:get', { key }),
      set: (key, value) => bridge.invoke('credentials:set', { key, value }),
      delete: (key) => bridge.invoke('credentials:delete', { key }),
    },
  };
}
