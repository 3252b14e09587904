import { changedRecordIds, workspaceTableNames, type WorkspaceTableName } from '@shared/model';
import { editTime, formatHlc, receiveHlc, stampEdit, stampHistory, syncDocId, tickHlc, type Hlc, type Versioned } from '@shared/sync';
import type { WorkspaceDb } from '../workspace-db';
import { loadedSyncRecord, readClock, readSyncProgress, storedSyncRecord, writeClock, writeSyncProgress, type SyncRecord } from './sync-state-repository';

const tables = new Set<string>(workspaceTableNames);
/** Records per capture transaction: short, so a user's write never waits long behind sync. */
const chunk = 500;
/** Change-log entries read per page. */
const page = 1000;
/**
 * Two windows may write in the same millisecond and commit out of id order, so capture re-reads the
 * last two seconds of the log; re-reading stamps nothing twice (stampEdit compares with what sync knows).
 */
const overlapMs = 2000;

/** The smallest UUID v7 of a millisecond: change-log ids are UUID v7, so this bounds "written since". */
export function idFloorAt(ms: number): string {
  const hex = Math.max(0, Math.floor(ms)).toString(16).padStart(12, '0');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-0000-0000-000000000000`;
}
const msOfId = (id: string): number => parseInt(id.slice(0, 8) + id.slice(9, 13), 16);

export type CaptureClock = { replicaId: string; now: () => number };

type RecordKey = { table: WorkspaceTableName; recordId: string };

/**
 * Stamps records read in the caller's transaction: each is compared with the version sync knows
 * (`known[i]`, read in the same transaction), its changed fields stamped by this replica's clock and
 * the record marked pending (stored so, unless `store` is false: the caller stores them). A record
 * sync never knew is stamped from its change-log history. Returns the records stamped.
 */
async function stampAndStore(
  db: WorkspaceDb,
  keys: readonly RecordKey[],
  known: readonly (SyncRecord | undefined)[],
  current: ReadonlyMap<string, Record<string, unknown>>,
  clock: CaptureClock,
  logged: ReadonlySet<string> | null,
  store = true,
): Promise<SyncRecord[]> {
  let hlc: Hlc = await readClock(db, clock.replicaId);
  const history = await historyOf(
    db,
    keys.filter((_, i) => !known[i]),
    logged,
  );
  const stamped: SyncRecord[] = [];
  keys.forEach((k, i) => {
    const id = syncDocId(k.table, k.recordId);
    const record = current.get(id);
    if (!record) return; // never stored, or gone with a rolled-back transaction
    const was = known[i];
    const knownVersion: Versioned | null = was ? { record: was.record, clocks: was.clocks } : null;
    const edit = knownVersion
      ? stampEdit(knownVersion, record, () => {
          hlc = tickHlc(hlc, editTime(knownVersion, record, clock.now()));
          return formatHlc(hlc);
        })
      : stampHistory(
          [...(history.get(id) ?? []), record],
          ({ wall, counter }) => {
            // A past version keeps its own time; the clock only learns it, so later edits stamp after it.
            const stamp = { wall, counter, replica: clock.replicaId };
            hlc = receiveHlc(hlc, stamp);
            return formatHlc(stamp);
          },
          clock.now(),
        );
    if (edit) stamped.push({ id, table: k.table, recordId: k.recordId, rev: was?.rev ?? null, serverClocks: was?.serverClocks ?? null, ...edit, pending: 1 });
  });
  if (stamped.length) {
    if (store) await db.syncRecords.bulkPut(stamped.map(storedSyncRecord));
    await writeClock(db, hlc);
  }
  return stamped;
}

/** Stamps one chunk of records the change log names, in one transaction (records and what sync knows of them read by id). */
async function captureRecords(db: WorkspaceDb, keys: readonly RecordKey[], clock: CaptureClock): Promise<number> {
  if (keys.length === 0) return 0;
  const involved = [...new Set(keys.map((k) => k.table))].map((t) => db.table(t));
  return db.transaction('rw', [db.syncRecords, db.syncState, db.changes, ...involved], async () => {
    const known = (await db.syncRecords.bulkGet(keys.map((k) => syncDocId(k.table, k.recordId)))).map((r) => loadedSyncRecord(r));
    const byTable = new Map<WorkspaceTableName, string[]>();
    for (const k of keys) {
      const ids = byTable.get(k.table);
      if (ids) ids.push(k.recordId);
      else byTable.set(k.table, [k.recordId]);
    }
    const current = new Map<string, Record<string, unknown>>();
    for (const [table, ids] of byTable) {
      const rows = await db.table(table).bulkGet(ids);
      rows.forEach((row, i) => row && current.set(syncDocId(table, ids[i]!), row as Record<string, unknown>));
    }
    return (await stampAndStore(db, keys, known, current, clock, null)).length;
  });
}

/**
 * The first capture's scan: the next `chunk` records of a table after `after` (primary-key order) and
 * what sync knows of them, each read with one range query in one transaction, then stamped (and
 * stored, if `storeStamped`). Returns the records stamped and the last record id read (undefined when the
 * table has no more).
 */
async function captureTablePage(
  db: WorkspaceDb,
  table: WorkspaceTableName,
  after: string | undefined,
  clock: CaptureClock,
  logged: ReadonlySet<string>,
  storeStamped: boolean,
): Promise<{ stamped: SyncRecord[]; last: string | undefined }> {
  const store = db.table(table);
  return db.transaction('rw', [db.syncRecords, db.syncState, db.changes, store], async () => {
    const rows = (await (after === undefined ? store.toCollection() : store.where(':id').above(after)).limit(chunk).toArray()) as Record<string, unknown>[];
    if (rows.length === 0) return { stamped: [], last: undefined };
    const keys: RecordKey[] = rows.map((row) => ({ table, recordId: String(row['id']) }));
    const current = new Map(rows.map((row, i) => [syncDocId(table, keys[i]!.recordId), row]));
    // Document ids of one table sort as its record ids do: one range holds what sync knows of these records.
    const first = syncDocId(table, keys[0]!.recordId);
    const last = syncDocId(table, keys[keys.length - 1]!.recordId);
    const knownById = new Map((await db.syncRecords.where(':id').between(first, last, true, true).toArray()).map((r) => [r.id, loadedSyncRecord(r)]));
    const known = keys.map((k) => knownById.get(syncDocId(table, k.recordId)));
    const stamped = await stampAndStore(db, keys, known, current, clock, logged, storeStamped);
    return { stamped, last: keys[keys.length - 1]!.recordId };
  });
}

/** What each record was before each logged edit of it, oldest first (a bulk add logs no before: nothing to find). */
async function historyOf(db: WorkspaceDb, keys: readonly RecordKey[], logged: ReadonlySet<string> | null): Promise<Map<string, Record<string, unknown>[]>> {
  const history = new Map<string, Record<string, unknown>[]>();
  // Only records the log names can have a history (most of a big import has none: one entry names them all).
  const asked = logged ? keys.filter((k) => logged.has(syncDocId(k.table, k.recordId))) : keys;
  if (asked.length === 0) return history;
  const entries = await db.changes
    .where('[table+recordId]')
    .anyOf(asked.map((k) => [k.table, k.recordId]))
    .filter((c) => c.before !== null && c.origin !== 'sync')
    .toArray();
  entries.sort((a, b) => (a.id < b.id ? -1 : 1));
  for (const entry of entries) {
    const id = syncDocId(entry.table, entry.recordId);
    history.set(id, [...(history.get(id) ?? []), entry.before as Record<string, unknown>]);
  }
  return history;
}

async function captureInChunks(db: WorkspaceDb, keys: RecordKey[], clock: CaptureClock): Promise<number> {
  let stamped = 0;
  // Same record twice in a page (edited twice): once is enough.
  const unique = [...new Map(keys.map((k) => [syncDocId(k.table, k.recordId), k])).values()];
  for (let i = 0; i < unique.length; i += chunk) stamped += await captureRecords(db, unique.slice(i, i + chunk), clock);
  return stamped;
}

/**
 * Change capture: reads the change log (the outbox) from where the last capture stopped and stamps
 * the records it names. The first capture of a workspace reads every record instead (it had no sync
 * before). `onScanned` gets the records each page of that scan stamped, and is called a last time
 * with `ended` before the log pass that follows the scan. Given it, the scan does not store what it
 * stamped: the engine sends the records while the next page is read (the scan visits each record
 * once) and stores each with the server's answer, confirmed or pending again, so each record is
 * written once, not twice (that write was a third of a first push). A record it never stores (the
 * sync failed mid-scan) is stamped again, the same from the same history, by the next capture: the
 * capture is marked done only after its scan. Returns how many records were stamped.
 */
export async function captureChanges(
  db: WorkspaceDb,
  clock: CaptureClock,
  onScanned?: (stamped: SyncRecord[], ended: boolean) => Promise<void>,
): Promise<number> {
  const progress = await readSyncProgress(db);
  if (progress.capturedThrough !== null) return captureLog(db, clock, progress.capturedThrough, null);
  // Everything written from here on is in the log past this point, so nothing slips between scan and log.
  const newest = await db.changes.orderBy('id').last();
  const capturedThrough = newest ? idFloorAt(msOfId(newest.id) - overlapMs) : idFloorAt(0);
  // The log entries already committed now: their records were committed with them, before the scan
  // reads them, so the scan stamps them and the log pass after it (which re-reads the overlap) need
  // not read them again. After an import that is every record of the workspace, read twice otherwise.
  const committed = new Set((await db.changes.where('id').above(overlapFloor(capturedThrough)).primaryKeys()) as string[]);
  const logged = new Set(((await db.changes.orderBy('[table+recordId]').uniqueKeys()) as unknown as [string, string][]).map(([t, id]) => syncDocId(t, id)));
  let stamped = 0;
  for (const table of workspaceTableNames) {
    let after: string | undefined;
    for (;;) {
      const page = await captureTablePage(db, table, after, clock, logged, onScanned === undefined);
      stamped += page.stamped.length;
      if (onScanned && page.stamped.length) await onScanned(page.stamped, false);
      if (page.last === undefined) break;
      after = page.last;
    }
  }
  await onScanned?.([], true);
  await writeSyncProgress(db, { capturedThrough });
  return stamped + (await captureLog(db, clock, capturedThrough, committed));
}

/** Where a capture from `capturedThrough` starts reading the log: two seconds before it. */
const overlapFloor = (capturedThrough: string): string => idFloorAt(msOfId(capturedThrough) - overlapMs);

/** Stamps the records the log names past `capturedThrough` (less its overlap), but for the entries in `skip`. */
async function captureLog(db: WorkspaceDb, clock: CaptureClock, capturedThrough: string, skip: ReadonlySet<string> | null): Promise<number> {
  let stamped = 0;
  let from = overlapFloor(capturedThrough);
  let last = capturedThrough;
  for (;;) {
    const entries = await db.changes.where('id').above(from).limit(page).toArray();
    if (entries.length === 0) break;
    const keys: RecordKey[] = [];
    for (const entry of entries)
      if (tables.has(entry.table) && entry.origin !== 'sync' && !skip?.has(entry.id))
        for (const recordId of changedRecordIds(entry)) keys.push({ table: entry.table as WorkspaceTableName, recordId });
    stamped += await captureInChunks(db, keys, clock);
    from = entries[entries.length - 1]!.id;
    if (from > last) last = from;
  }
  if (last !== capturedThrough) await writeSyncProgress(db, { capturedThrough: last });
  return stamped;
}
