import { changedRecordIds, newId, workspaceTableNames, type WorkspaceTableName } from '@shared/model';
import {
  emptySyncProgress,
  packClocksExactly,
  rejectedKept,
  toSyncDocument,
  unpackStoredClocks,
  zeroHlc,
  type Hlc,
  type RejectedDocument,
  type SyncConfig,
  type SyncDocument,
  type SyncProgress,
  type SyncSettingsInput,
} from '@shared/sync';
import type { WorkspaceDb } from '../workspace-db';

/** This replica's clock (one row, `syncState` "clock"). */
export type SyncClockRow = { id: 'clock'; clock: Hlc };
export type SyncStateRow = SyncConfig | SyncProgress | SyncClockRow;

/**
 * What sync knows of one record: its document's last known revision on the server, the record as
 * sync last knew it with a clock stamp per field, and whether it waits to be pushed (1) or not (0:
 * IndexedDB cannot index booleans).
 */
export type SyncRecord = {
  id: string;
  table: WorkspaceTableName;
  recordId: string;
  rev: string | null;
  record: Record<string, unknown>;
  clocks: Record<string, string>;
  /** The field clocks of the server's document as last seen (pushed or pulled): the base that tells a same-field conflict from an edit of one side. */
  serverClocks: Record<string, string> | null;
  pending: 0 | 1;
};

/**
 * A sync record as stored: its clocks (and the server version's) packed like on the wire when that
 * reads back exactly — most fields of a record share one stamp, and the clocks were two thirds of
 * what sync stored, read and wrote for each record. Only `storedSyncRecord` makes one.
 */
export type StoredSyncRecord = Omit<SyncRecord, 'clocks' | 'serverClocks'> & {
  clocks: Record<string, string>;
  serverClocks: Record<string, string> | null;
  /** Type only (nothing at run time): a sync record is stored through `storedSyncRecord`. */
  readonly [packedBrand]: true;
};
declare const packedBrand: unique symbol;

export const storedSyncRecord = (r: SyncRecord): StoredSyncRecord =>
  ({
    ...r,
    clocks: packClocksExactly(r.clocks, r.record),
    serverClocks: r.serverClocks && packClocksExactly(r.serverClocks, r.record),
  }) as StoredSyncRecord;

/** A stored sync record read back (stored packed or not). */
export function loadedSyncRecord(r: StoredSyncRecord): SyncRecord;
export function loadedSyncRecord(r: StoredSyncRecord | undefined): SyncRecord | undefined;
export function loadedSyncRecord(r: StoredSyncRecord | undefined): SyncRecord | undefined {
  if (!r) return undefined;
  return { ...r, clocks: unpackStoredClocks(r.clocks, r.record), serverClocks: r.serverClocks && unpackStoredClocks(r.serverClocks, r.record) };
}

/** Whether this database has the sync tables (a database opened at an older version has not). */
export const hasSyncTables = (db: WorkspaceDb): boolean => db.tables.some((t) => t.name === 'syncRecords');

export async function readSyncConfig(db: WorkspaceDb): Promise<SyncConfig | null> {
  if (!hasSyncTables(db)) return null;
  return ((await db.syncState.get('config')) as SyncConfig | undefined) ?? null;
}

export async function readSyncProgress(db: WorkspaceDb): Promise<SyncProgress> {
  return ((await db.syncState.get('progress')) as SyncProgress | undefined) ?? emptySyncProgress();
}

export async function writeSyncProgress(db: WorkspaceDb, patch: Partial<Omit<SyncProgress, 'id'>>): Promise<SyncProgress> {
  return db.transaction('rw', db.syncState, async () => {
    const next: SyncProgress = { ...(await readSyncProgress(db)), ...patch, id: 'progress' };
    await db.syncState.put(next);
    return next;
  });
}

/** Notes documents the server sent that sync skipped (the latest few, and how many in all). */
export async function recordRejections(db: WorkspaceDb, rejected: readonly RejectedDocument[]): Promise<void> {
  if (rejected.length === 0) return;
  await db.transaction('rw', db.syncState, async () => {
    const progress = await readSyncProgress(db);
    await db.syncState.put({
      ...progress,
      rejectedCount: progress.rejectedCount + rejected.length,
      rejected: [...rejected, ...progress.rejected].slice(0, rejectedKept),
    });
  });
}

/**
 * A new replica id: the 48 random bits of a UUID v7 in hex. Short, because every field stamp of every
 * document carries it; random enough for a team's machines never to share one.
 */
export const newReplicaId = (): string => newId().replace(/-/g, '').slice(-12);

/**
 * Saves the Sync page's settings and turns sync on. A new server or database starts over (new
 * checkpoint, every record pushed again), keeping this replica's id and clock.
 */
export async function saveSyncSettings(db: WorkspaceDb, input: SyncSettingsInput, now: number): Promise<SyncConfig> {
  return db.transaction('rw', db.syncState, db.syncRecords, async () => {
    const before = await readSyncConfig(db);
    const config: SyncConfig = { ...input, id: 'config', enabled: true, replicaId: before?.replicaId ?? newReplicaId(), updatedAt: now };
    await db.syncState.put(config);
    const moved = before && (before.serverUrl !== input.serverUrl || before.database !== input.database);
    if (moved) await startOver(db);
    return config;
  });
}

/** Turns sync on or off, or live sync on or off, keeping everything else. */
export async function setSyncSwitches(db: WorkspaceDb, switches: { enabled?: boolean; live?: boolean }, now: number): Promise<SyncConfig | null> {
  return db.transaction('rw', db.syncState, async () => {
    const config = await readSyncConfig(db);
    if (!config) return null;
    const next = { ...config, ...switches, updatedAt: now };
    await db.syncState.put(next);
    return next;
  });
}

/**
 * Forgets the server: the checkpoint goes and every record known to sync is pending again with no
 * revision, so the next sync pushes them all (to a database made again, or another one). The field
 * clocks stay: they are this replica's history, and keep the merge right if the documents are there.
 */
export async function startOver(db: WorkspaceDb): Promise<void> {
  await db.transaction('rw', db.syncState, db.syncRecords, async () => {
    const progress = await readSyncProgress(db);
    await db.syncState.put({ ...progress, pullSeq: null, checkpointRev: null, verified: false });
    await db.syncRecords.toCollection().modify((r: StoredSyncRecord) => {
      r.rev = null;
      r.pending = 1;
    });
  });
}

/** A sync record as the document pushed for it, on the revision sync last knew. */
export const documentOf = (r: SyncRecord): SyncDocument => toSyncDocument(r.table, { record: r.record, clocks: r.clocks }, r.rev ?? undefined);

/** Stores stamped records as waiting to be pushed (the first capture's scan leaves that to the push: a record the server confirmed is stored once, confirmed). */
export async function storePending(db: WorkspaceDb, records: readonly SyncRecord[]): Promise<void> {
  if (records.length) await db.syncRecords.bulkPut(records.map((r) => storedSyncRecord({ ...r, pending: 1 })));
}

export async function readClock(db: WorkspaceDb, replicaId: string): Promise<Hlc> {
  const row = (await db.syncState.get('clock')) as SyncClockRow | undefined;
  return row && row.clock.replica === replicaId ? row.clock : zeroHlc(replicaId);
}

export const writeClock = (db: WorkspaceDb, clock: Hlc) => db.syncState.put({ id: 'clock', clock });

/** What the Sync page shows from the database: settings, progress and how many changes wait to be pushed. */
export type SyncOverview = { config: SyncConfig | null; progress: SyncProgress; pending: number };

export async function readSyncOverview(db: WorkspaceDb): Promise<SyncOverview> {
  const config = await readSyncConfig(db);
  if (!config) return { config: null, progress: emptySyncProgress(), pending: 0 };
  const progress = await readSyncProgress(db);
  const captured = await db.syncRecords.where('pending').equals(1).count();
  // Changes written since the last capture wait too (sync's own writes do not).
  let uncaptured = 0;
  if (progress.capturedThrough !== null)
    await db.changes
      .where('id')
      .above(progress.capturedThrough)
      .each((change) => {
        if (change.origin !== 'sync') uncaptured += changedRecordIds(change).length;
      });
  else {
    // Before the first capture finished: the records its scan has not stamped yet (the push starts during the scan).
    const records = (await Promise.all(workspaceTableNames.map((t) => db.table(t).count()))).reduce((a, b) => a + b, 0);
    uncaptured = Math.max(0, records - (await db.syncRecords.count()));
  }
  return { config, progress, pending: captured + uncaptured };
}
