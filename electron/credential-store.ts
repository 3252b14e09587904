import { mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { writeFileAtomic } from './atomic-file';

/** Ciphertexts by key. A Map, not an object: no key can reach a prototype. */
export type CredentialStore = Map<string, string>;

export class CredentialStoreUnreadable extends Error {
  constructor(path: string, cause: unknown) {
    super(`The credential file ${path} could not be read (${cause instanceof Error ? cause.message : String(cause)}); nothing was changed.`);
    this.name = 'CredentialStoreUnreadable';
  }
}

/**
 * The credential file: a missing file is an empty store; a file that cannot be read or parsed is an
 * error, never "empty" — otherwise the next write would overwrite every stored secret.
 */
export function credentialFile(path: string) {
  return {
    load: async (): Promise<CredentialStore> => {
      let text: string;
      try {
        text = await readFile(path, 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new Map();
        throw new CredentialStoreUnreadable(path, error);
      }
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch (error) {
        throw new CredentialStoreUnreadable(path, error);
      }
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new CredentialStoreUnreadable(path, 'not an object');
      const entries = Object.entries(parsed);
      if (entries.some(([, v]) => typeof v !== 'string')) throw new CredentialStoreUnreadable(path, 'a value is not text');
      return new Map(entries as [string, string][]);
    },
    save: async (store: CredentialStore): Promise<void> => {
      await mkdir(dirname(path), { recursive: true });
      await writeFileAtomic(path, JSON.stringify(Object.fromEntries(store)), { mode: 0o600 });
    },
  };
}
