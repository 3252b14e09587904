import { basename } from 'node:path';
import type { IpcHandlers } from '../../shared/ipc';

type Filter = { name: string; extensions: string[] };
/** Native dialogs and the file system, injected so tests run without Electron. */
export type FileDeps = {
  showSaveDialog(options: { defaultPath: string; filters: Filter[] }): Promise<{ canceled: boolean; filePath?: string }>;
  showOpenDialog(options: { filters: Filter[]; properties: ['openFile'] }): Promise<{ canceled: boolean; filePaths: string[] }>;
  writeFile(path: string, data: Uint8Array): Promise<void>;
  readFile(path: string): Promise<Uint8Array>;
};

export function fileHandlers(deps: FileDeps): Pick<IpcHandlers, 'file:save' | 'file:open'> {
  return {
    'file:save': async ({ suggestedName, filters, data }) => {
      const choice = await deps.showSaveDialog({ defaultPath: suggestedName, filters });
      if (choice.canceled || !choice.filePath) return { saved: false };
      await deps.writeFile(choice.filePath, data);
      return { saved: true, path: choice.filePath };
    },
    'file:open': async ({ filters }) => {
      const choice = await deps.showOpenDialog({ filters, properties: ['openFile'] });
      const path = choice.filePaths[0];
      if (choice.canceled || !path) return null;
      return { name: basename(path), data: await deps.readFile(path) };
    },
  };
}
