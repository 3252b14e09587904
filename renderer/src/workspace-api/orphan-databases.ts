import Dexie from 'dexie';

/**
 * A workspace file imported as new, a replacement, a merge's scratch copy and a duplicate are
 * written into a database the registry does not list yet; it is listed only once it is complete.
 * A crash or reload in between leaves that database behind, unseen and taking disk space. Each such
 * write holds a Web Lock named after its database while it runs, so a start-up sweep deletes only
 * databases nobody is writing (another tab's import in progress holds its lock).
 */
const lockName = (dbName: string) => `baton-writing:${dbName}`;
const unlisted = /^baton-(?:ws|scratch)-(.+)$/;

export type OrphanSweepDeps = {
  /** Names of the databases this origin holds. */
  databases: () => Promise<string[]>;
  deleteDatabase: (name: string) => Promise<void>;
  /** Runs `work` while holding the lock if nobody holds it; false when it is held. */
  ifUnlocked: (lock: string, work: () => Promise<void>) => Promise<boolean>;
};

/** Runs a write into a not-yet-listed database while holding its lock (no lock API: just runs it). */
export function whileWriting<T>(dbName: string, work: () => Promise<T>): Promise<T> {
  const locks = globalThis.navigator?.locks;
  if (!locks) return work();
  return locks.request(lockName(dbName), work);
}

/** Deletes workspace and scratch databases no listed workspace owns and nobody is writing; returns their names. */
export async function sweepOrphanDatabases(listedIds: ReadonlySet<string>, deps: OrphanSweepDeps): Promise<string[]> {
  const swept: string[] = [];
  for (const name of await deps.databases()) {
    const match = unlisted.exec(name);
    if (!match) continue;
    if (name.startsWith('baton-ws-') && listedIds.has(match[1]!)) continue;
    const deleted = await deps.ifUnlocked(lockName(name), async () => {
      await deps.deleteDatabase(name);
    });
    if (deleted) swept.push(name);
  }
  return swept;
}

/** The browser's IndexedDB and Web Locks; null where either is missing (the sweep is skipped). */
export function browserSweepDeps(): OrphanSweepDeps | null {
  const locks = globalThis.navigator?.locks;
  const idb = globalThis.indexedDB;
  if (!locks || typeof idb?.databases !== 'function') return null;
  return {
    databases: async () => (await idb.databases()).flatMap((d) => (d.name ? [d.name] : [])),
    deleteDatabase: (name) => Dexie.delete(name),
    ifUnlocked: (lock, work) =>
      locks.request(lock, { ifAvailable: true }, async (held) => {
        if (!held) return false;
        await work();
        return true;
      }),
  };
}
