import type { IpcHandlers } from '../../shared/ipc';

/** Electron's safeStorage (OS keychain-backed encryption) and a small file to keep the ciphertexts. */
export type CredentialDeps = {
  isEncryptionAvailable(): boolean;
  encryptString(plain: string): Uint8Array;
  decryptString(cipher: Uint8Array): string;
  load(): Promise<Record<string, string>>;
  save(store: Record<string, string>): Promise<void>;
};

/** Secrets (sync passwords) are stored only encrypted; without OS encryption the call fails loudly. */
export function credentialHandlers(deps: CredentialDeps): Pick<IpcHandlers, 'credentials:get' | 'credentials:set' | 'credentials:delete'> {
  const requireEncryption = () => {
    if (!deps.isEncryptionAvailable()) throw new Error('Secure storage is not available on this system: the credential was not stored.');
  };
  return {
    'credentials:get': async ({ key }) => {
      const store = await deps.load();
      const cipher = store[key];
      if (cipher === undefined) return null;
      requireEncryption();
      return deps.decryptString(Buffer.from(cipher, 'base64'));
    },
    'credentials:set': async ({ key, value }) => {
      requireEncryption();
      const store = await deps.load();
      store[key] = Buffer.from(deps.encryptString(value)).toString('base64');
      await deps.save(store);
    },
    'credentials:delete': async ({ key }) => {
      const store = await deps.load();
      delete store[key];
      await deps.save(store);
    },
  };
}
