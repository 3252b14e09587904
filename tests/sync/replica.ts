import { createEmptyWorkspaceData } from '@shared/defaults/empty-workspace';
import { newId, type WorkspaceData } from '@shared/model';
import { canonicalJson, type SyncAuthMode } from '@shared/sync';
import { quickAddContact } from '../../renderer/src/db/repositories/contact-create-repository';
import { updateProfile, type ProfilePatch } from '../../renderer/src/db/repositories/contact-edit-repository';
import { readSyncOverview, saveSyncSettings } from '../../renderer/src/db/repositories/sync-state-repository';
import { readWorkspaceData, writeWorkspaceData } from '../../renderer/src/db/repositories/workspace-data-repository';
import { openWorkspaceDb, type WorkspaceDb } from '../../renderer/src/db/workspace-db';
import { createSyncEngine, type SyncEngineOptions } from '../../renderer/src/workers/sync-engine';

export type ReplicaOptions = {
  serverUrl: string;
  database: string;
  user: { name: string; password: string };
  authMode?: SyncAuthMode;
  engine?: Partial<Omit<SyncEngineOptions, 'db' | 'connection' | 'replicaId'>>;
};

/** A workspace on one machine, as the app holds it (a Dexie database on fake-indexeddb) with its sync engine. */
export async function openReplica(data: WorkspaceData | null, options: ReplicaOptions) {
  const db: WorkspaceDb = openWorkspaceDb(`replica-${newId()}`);
  await db.open();
  if (data) await writeWorkspaceData(db, data);
  const config = await saveSyncSettings(
    db,
    { serverUrl: options.serverUrl, database: options.database, username: options.user.name, authMode: options.authMode ?? 'basic', live: false },
    Date.now(),
  );
  const logs: string[] = [];
  const engine = createSyncEngine({
    db,
    replicaId: config.replicaId,
    connection: {
      serverUrl: options.serverUrl,
      database: options.database,
      username: options.user.name,
      password: options.user.password,
      authMode: options.authMode ?? 'basic',
    },
    log: (m) => logs.push(m),
    retryMs: { first: 20, max: 200 },
    ...options.engine,
  });
  return {
    db,
    engine,
    logs,
    replicaId: config.replicaId,
    read: () => readWorkspaceData(db),
    overview: () => readSyncOverview(db),
    async edit(contactId: string, patch: ProfilePatch) {
      const result = await updateProfile(db, contactId, patch, Date.now());
      if (!result.ok) throw new Error(`edit refused: ${JSON.stringify(result.errors)}`);
    },
    async addContact(firstName: string) {
      const result = await quickAddContact(db, { firstName, lastName: 'Kim', email: '', companyName: '', jobTitle: '' }, null, Date.now());
      if (!result.ok) throw new Error(`add refused: ${JSON.stringify(result.errors)}`);
      return result.value.id;
    },
    async close() {
      await engine.stop();
      db.close();
    },
  };
}

export type Replica = Awaited<ReturnType<typeof openReplica>>;

/** A small workspace with a few contacts added through the write path: what a founder starts with and colleagues import as a file. */
export async function smallWorkspace(contacts: number): Promise<WorkspaceData> {
  const db = openWorkspaceDb(`seed-${newId()}`);
  await db.open();
  await writeWorkspaceData(db, createEmptyWorkspaceData({ name: 'Sync test', locale: 'en', now: Date.now() }));
  for (let i = 0; i < contacts; i++) {
    const result = await quickAddContact(
      db,
      { firstName: `Contact${i}`, lastName: 'Lee', email: `c${i}@example.com`, companyName: '', jobTitle: 'Engineer' },
      null,
    );
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
  }
  const data = await readWorkspaceData(db);
  db.close();
  return data;
}

/** Every workspace table's records sorted by id: replicas that converged read the same. */
export async function snapshot(db: WorkspaceDb): Promise<string> {
  const data = await readWorkspaceData(db);
  const sorted = Object.fromEntries(Object.entries(data).map(([t, rows]) => [t, [...(rows as { id: string }[])].sort((a, b) => (a.id < b.id ? -1 : 1))]));
  return canonicalJson(sorted);
}
