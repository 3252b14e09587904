import { changedRecordIds, workspaceTableNames, type WorkspaceTableName } from '@shared/model';
import { editTime, formatHlc, receiveHlc, stampEdit, stampHistory, syncDocId, tickHlc, type Hlc, type Versioned } from '@shared/sync';
import type { WorkspaceDb } from '../workspace-db';
import { readClock, readSyncProgress, writeClock, writeSyncProgress, type SyncRecord } from './sync-state-repository';

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

/**
 * Stamps one chunk of records in one transaction: each is compared with the version sync knows, its
 * changed fields stamped by this replica's clock and the record marked pending. Returns how many were stamped.
 */
async function captureRecords(
  db: WorkspaceDb,
  keys: readonly { table: WorkspaceTableName; recordId: string }[],
  clock: CaptureClock,
  logged: ReadonlySet<string> | null = null,
): Promise<number> {
  if (keys.length === 0) return 0;
  const involved = [...new Set(keys.map((k) => k.table))].map((t) => db.table(t));
  return db.transaction('rw', [db.syncRecords, db.syncState, db.changes, ...involved], async () => {
    let hlc: Hlc = await readClock(db, clock.replicaId);
    const known = await db.syncRecords.bulkGet(keys.map((k) => syncDocId(k.table, k.recordId)));
    const history = await historyOf(
      db,
      keys.filter((_, i) => !known[i]),
      logged,
    );
    const byTable = new Map<WorkspaceTableName, string[]>();
    for (const k of keys) byTable.set(k.table, [...(byTable.get(k.table) ?? []), k.recordId]);
    const current = new Map<string, Record<string, unknown>>();
    for (const [table, ids] of byTable) {
      const rows = await db.table(table).bulkGet(ids);
      rows.forEach((row, i) => row && current.set(syncDocId(table, ids[i]!), row as Record<string, unknown>));
    }
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
            (wall) => {
              // A past version keeps its own time; the clock only learns it, so later edits stamp after it.
              const stamp = { wall, counter: 0, replica: clock.replicaId };
              hlc = receiveHlc(hlc, stamp);
              return formatHlc(stamp);
            },
            clock.now(),
          );
      if (edit) stamped.push({ id, table: k.table, recordId: k.recordId, rev: was?.rev ?? null, serverClocks: was?.serverClocks ?? null, ...edit, pending: 1 });
    });
    if (stamped.length) {
      await db.syncRecords.bulkPut(stamped);
      await writeClock(db, hlc);
    }
    return stamped.length;
  });
}

/** What each record was before each logged edit of it, oldest first (a bulk add logs no before: nothing to find). */
async function historyOf(
  db: WorkspaceDb,
  keys: readonly { table: WorkspaceTableName; recordId: string }[],
  logged: ReadonlySet<string> | null,
): Promise<Map<string, Record<string, unknown>[]>> {
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

async function captureInChunks(
  db: WorkspaceDb,
  keys: { table: WorkspaceTableName; recordId: string }[],
  clock: CaptureClock,
  logged: ReadonlySet<string> | null = null,
): Promise<number> {
  let stamped = 0;
  // Same record twice in a page (edited twice): once is enough.
  const unique = [...new Map(keys.map((k) => [syncDocId(k.table, k.recordId), k])).values()];
  for (let i = 0; i < unique.length; i += chunk) stamped += await captureRecords(db, unique.slice(i, i + chunk), clock, logged);
  return stamped;
}

/**
 * Change capture: reads the change log (the outbox) from where the last capture stopped and stamps
 * the records it names. The first capture of a workspace reads every record instead (it had no sync
 * before). Returns how many records were stamped (made pending).
 */
export async function captureChanges(db: WorkspaceDb, clock: CaptureClock): Promise<number> {
  const progress = await readSyncProgress(db);
  let stamped = 0;
  if (progress.capturedThrough === null) {
    // Everything written from here on is in the log past this point, so nothing slips between scan and log.
    const newest = await db.changes.orderBy('id').last();
    const logged = new Set(((await db.changes.orderBy('[table+recordId]').uniqueKeys()) as unknown as [string, string][]).map(([t, id]) => syncDocId(t, id)));
    for (const table of workspaceTableNames) {
      let after: string | undefined;
      for (;;) {
        const ids = (await (after === undefined ? db.table(table).toCollection() : db.table(table).where(':id').above(after))
          .limit(page)
          .primaryKeys()) as string[];
        if (ids.length === 0) break;
        stamped += await captureInChunks(
          db,
          ids.map((recordId) => ({ table, recordId })),
          clock,
          logged,
        );
        after = ids[ids.length - 1];
      }
    }
    await writeSyncProgress(db, { capturedThrough: newest ? idFloorAt(msOfId(newest.id) - overlapMs) : idFloorAt(0) });
    return stamped + (await captureChanges(db, clock));
  }
  let from = idFloorAt(msOfId(progress.capturedThrough) - overlapMs);
  let last = progress.capturedThrough;
  for (;;) {
    const entries = await db.changes.where('id').above(from).limit(page).toArray();
    if (entries.length === 0) break;
    const keys: { table: WorkspaceTableName; recordId: string }[] = [];
    for (const entry of entries)
      if (tables.has(entry.table) && entry.origin !== 'sync')
        for (const recordId of changedRecordIds(entry)) keys.push({ table: entry.table as WorkspaceTableName, recordId });
    stamped += await captureInChunks(db, keys, clock);
    from = entries[entries.length - 1]!.id;
    if (from > last) last = from;
  }
  if (last !== progress.capturedThrough) await writeSyncProgress(db, { capturedThrough: last });
  return stamped;
}
