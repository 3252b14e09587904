import type { IpcHandlers } from '../../shared/ipc';
import type { CredentialStore } from '../credential-store';

/** Electron's safeStorage (OS keychain-backed encryption) and a small file to keep the ciphertexts. */
export type CredentialDeps = {
  isEncryptionAvailable(): boolean;
  /** Linux only: which secret store backs the encryption; `basic_text` means a hard-coded key, i.e. plain text. */
  getSelectedStorageBackend?(): string;
  encryptString(plain: string): Uint8Array;
  decryptString(cipher: Uint8Array): string;
  load(): Promise<CredentialStore>;
  save(store: CredentialStore): Promise<void>;
};

/**
 * Secrets (sync passwords) are stored only encrypted by the OS. Without encryption, or with Linux's
 * `basic_text` fallback (no keyring: Electron would encrypt with a key every install shares), the
 * secret is refused and the answer says why; nothing is written.
 */
export function credentialHandlers(deps: CredentialDeps): Pick<IpcHandlers, 'credentials:get' | 'credentials:set' | 'credentials:delete'> {
  const refusal = () => {
    if (!deps.isEncryptionAvailable()) return 'no_encryption' as const;
    if (deps.getSelectedStorageBackend?.() === 'basic_text') return 'plain_text_backend' as const;
    return null;
  };
  return {
    'credentials:get': async ({ key }) => {
      const cipher = (await deps.load()).get(key);
      if (cipher === undefined) return null;
      if (!deps.isEncryptionAvailable()) throw new Error('Secure storage is not available on this system: the stored credential cannot be read.');
      return deps.decryptString(Buffer.from(cipher, 'base64'));
    },
    'credentials:set': async ({ key, value }) => {
      const reason = refusal();
      if (reason) return { stored: false, reason };
      const store = await deps.load();
      store.set(key, Buffer.from(deps.encryptString(value)).toString('base64'));
      await deps.save(store);
      return { stored: true };
    },
    'credentials:delete': async ({ key }) => {
      const store = await deps.load();
      if (store.delete(key)) await deps.save(store);
    },
  };
}
