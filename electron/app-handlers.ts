import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { IpcHandlers } from '../shared/ipc';
import { backupHandlers } from './handlers/backup-handlers';
import { credentialHandlers, type CredentialDeps } from './handlers/credential-handlers';
import { fileHandlers, type FileDeps } from './handlers/file-handlers';
import { printHandlers, type PrintDeps } from './handlers/print-handlers';

export type AppHandlerDeps = {
  version: string;
  userDataDir: string;
  dialogs: Pick<FileDeps, 'showSaveDialog' | 'showOpenDialog'>;
  safeStorage: Pick<CredentialDeps, 'isEncryptionAvailable' | 'encryptString' | 'decryptString'>;
  /** The Baton window's printToPDF (only our window may call IPC, so there is one page to print). */
  printToPDF: PrintDeps['printToPDF'];
};

/** Every IPC handler, wired to the real file system under the user's data folder. */
export function createAppHandlers(deps: AppHandlerDeps): IpcHandlers {
  const credentialFile = join(deps.userDataDir, 'credentials.json');
  return {
    'app:version': async () => deps.version,
    ...fileHandlers({ ...deps.dialogs, writeFile: (path, data) => writeFile(path, data), readFile: async (path) => new Uint8Array(await readFile(path)) }),
    ...printHandlers({ printToPDF: deps.printToPDF, showSaveDialog: deps.dialogs.showSaveDialog, writeFile: (path, data) => writeFile(path, data) }),
    ...backupHandlers(join(deps.userDataDir, 'backups')),
    ...credentialHandlers({
      ...deps.safeStorage,
      load: async () => JSON.parse(await readFile(credentialFile, 'utf8').catch(() => '{}')) as Record<string, string>,
      save: async (store) => {
        await mkdir(dirname(credentialFile), { recursive: true });
        await writeFile(credentialFile, JSON.stringify(store), { mode: 0o600 });
      },
    }),
  };
}
