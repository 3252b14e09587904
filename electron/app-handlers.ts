import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { IpcHandlers } from '../shared/ipc';
import { credentialFile } from './credential-store';
import { backupHandlers } from './handlers/backup-handlers';
import { credentialHandlers, type CredentialDeps } from './handlers/credential-handlers';
import { desktopHandlers, type DesktopDeps } from './handlers/desktop-handlers';
import { fileHandlers, type FileDeps } from './handlers/file-handlers';

export type AppHandlerDeps = {
  version: string;
  userDataDir: string;
  dialogs: Pick<FileDeps, 'showSaveDialog' | 'showOpenDialog'>;
  safeStorage: Pick<CredentialDeps, 'isEncryptionAvailable' | 'encryptString' | 'decryptString' | 'getSelectedStorageBackend'>;
  desktop: Omit<DesktopDeps, 'showSaveDialog' | 'writeFile'>;
  allowSyncServer: IpcHandlers['sync:allow-server'];
};

/** Every IPC handler, wired to the real file system under the user's data folder. */
export function createAppHandlers(deps: AppHandlerDeps): IpcHandlers {
  const write = async (path: string, data: Uint8Array) => writeFile(path, data);
  return {
    'app:version': async () => deps.version,
    ...fileHandlers({ ...deps.dialogs, writeFile: write, readFile: async (path) => new Uint8Array(await readFile(path)) }),
    ...backupHandlers(join(deps.userDataDir, 'backups')),
    ...credentialHandlers({ ...deps.safeStorage, ...credentialFile(join(deps.userDataDir, 'credentials.json')) }),
    ...desktopHandlers({ ...deps.desktop, showSaveDialog: deps.dialogs.showSaveDialog, writeFile: write }),
    'sync:allow-server': deps.allowSyncServer,
  };
}

/** The user data folder exists before anything is written into it. */
export const ensureFolder = (path: string) => mkdir(path, { recursive: true });
