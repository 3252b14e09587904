import { describe, expect, it } from 'vitest';
import { sweepOrphanDatabases, type OrphanSweepDeps } from './orphan-databases';

/** Databases by name and the locks held, as a browser origin would have them. */
function fakeOrigin(names: string[], held: string[] = []) {
  const dbs = new Set(names);
  const locks = new Set(held);
  const deps: OrphanSweepDeps = {
    databases: async () => [...dbs],
    deleteDatabase: async (name) => {
      dbs.delete(name);
    },
    ifUnlocked: async (lock, work) => {
      if (locks.has(lock)) return false;
      locks.add(lock);
      try {
        await work();
      } finally {
        locks.delete(lock);
      }
      return true;
    },
  };
  return { deps, dbs };
}

describe('sweeping databases a crash left behind', () => {
  it('deletes unlisted workspace and scratch databases, keeps listed ones, the registry and backups', async () => {
    const { deps, dbs } = fakeOrigin(['baton-registry', 'baton-backups', 'baton-ws-a', 'baton-ws-orphan', 'baton-scratch-x', 'other-app']);
    const swept = await sweepOrphanDatabases(new Set(['a']), deps);
    expect(swept.sort()).toEqual(['baton-scratch-x', 'baton-ws-orphan']);
    expect([...dbs].sort()).toEqual(['baton-backups', 'baton-registry', 'baton-ws-a', 'other-app']);
  });

  it('leaves a database another tab is still writing (its lock is held)', async () => {
    const { deps, dbs } = fakeOrigin(
      ['baton-ws-importing', 'baton-scratch-merging'],
      ['baton-writing:baton-ws-importing', 'baton-writing:baton-scratch-merging'],
    );
    expect(await sweepOrphanDatabases(new Set(), deps)).toEqual([]);
    expect(dbs.size).toBe(2);
  });
});
