import { workspaceTableSchemas, type WorkspaceTableName } from '@shared/model';
import {
  editTime,
  formatHlc,
  mergeVersions,
  parseHlc,
  parseSyncDocId,
  receiveHlc,
  syncDocId,
  sameVersion,
  stampEdit,
  tickHlc,
  type Hlc,
  type RejectedDocument,
  type SyncDocument,
  type Versioned,
} from '@shared/sync';
import { sameData } from '@shared/workspace-file';
import type { Table } from 'dexie';
import type { WorkspaceDb } from '../workspace-db';
import { runWrite } from '../write-path';
import {
  documentOf,
  loadedSyncRecord,
  readClock,
  readSyncProgress,
  storedSyncRecord,
  writeClock,
  type StoredSyncRecord,
  type SyncRecord,
} from './sync-state-repository';

/** A document from the server, read by parseSyncDocument: a Baton record (with its revision), or a deletion made on the server. */
export type RemoteVersion = { kind: 'doc'; doc: SyncDocument & { _rev: string } } | { kind: 'deleted'; id: string; rev: string };

export type ApplyOutcome = { written: number; conflictsResolved: number; rejected: RejectedDocument[] };

const versionOf = (r: Pick<SyncRecord, 'record' | 'clocks'>): Versioned => ({ record: r.record, clocks: r.clocks });

/**
 * Whether both sides changed one field, to different values, since the server version both started
 * from (`base`, its clocks): a conflict the merge rule decided. Updated-at stamps do not count: every
 * edit moves them.
 */
function sameFieldConflict(local: Versioned, remote: Versioned, base: Record<string, string>): boolean {
  for (const field of Object.keys(local.clocks)) {
    if (field === 'updatedAt') continue;
    const mine = local.clocks[field];
    const theirs = remote.clocks[field];
    if (theirs === undefined || mine === theirs || mine === base[field] || theirs === base[field]) continue;
    if (!sameData(local.record[field], remote.record[field])) return true;
  }
  return false;
}

/**
 * Applies server documents in one transaction through the write path (origin "sync"): local changes
 * not captured yet are stamped first, then each record is merged with the server's version by the
 * merge rule and written if it changed. A record stays pending when the merge differs from the
 * server's document (it holds local edits the server has not seen). A merge the table's schema
 * refuses is rejected and the local record kept. Applying the same document twice changes nothing.
 */
export async function applyRemote(db: WorkspaceDb, versions: readonly RemoteVersion[], replicaId: string, now: () => number): Promise<ApplyOutcome> {
  const outcome: ApplyOutcome = { written: 0, conflictsResolved: 0, rejected: [] };
  if (versions.length === 0) return outcome;
  return runWrite(
    db,
    async () => {
      let hlc: Hlc = await readClock(db, replicaId);
      const tick = (wall: number) => () => formatHlc((hlc = tickHlc(hlc, wall)));
      const ids = versions.map((v) => (v.kind === 'doc' ? v.doc._id : v.id));
      const byTable = idsByTable(ids);
      const knownById = await knownRecords(db, byTable);
      const adds = new Map<WorkspaceTableName, Map<string, Record<string, unknown>>>();
      const puts = new Map<WorkspaceTableName, Map<string, Record<string, unknown>>>();
      const written = new Map<string, Record<string, unknown>>();
      const states = new Map<string, SyncRecord>();
      const stored = await storedRecords(db, byTable);
      for (const [i, version] of versions.entries()) {
        const id = ids[i]!;
        const named = parseSyncDocId(id);
        if (!named) continue;
        // A document may come twice in one batch (a conflict fetched again): the later state builds on the earlier.
        const known = states.get(id) ?? loadedSyncRecord(knownById.get(id));
        // A record written earlier in this batch is the current one (the writes happen after the loop).
        const current = written.get(id) ?? stored.get(id);
        const knownVersion = known ? versionOf(known) : null;
        const local = current ? (stampEdit(knownVersion, current, tick(editTime(knownVersion, current, now()))) ?? knownVersion) : knownVersion;
        const hadLocalEdits = known?.pending === 1 || (local !== null && knownVersion !== null && local !== knownVersion);
        let remote: Versioned;
        let rev: string;
        if (version.kind === 'doc') {
          remote = { record: version.doc.record, clocks: version.doc.clocks };
          rev = version.doc._rev;
          for (const stamp of Object.values(remote.clocks)) hlc = receiveHlc(hlc, parseHlc(stamp)!);
          // Our own push coming back: nothing to merge.
          if (known?.rev === rev && local && sameVersion(local, remote)) continue;
        } else {
          // Deleted on the server: understood as a soft delete, stamped now, of whatever we hold.
          if (!local) continue;
          const deleted = stampEdit(local, { ...local.record, deletedAt: local.record['deletedAt'] ?? now(), updatedAt: now() }, tick(now()));
          remote = deleted ?? local;
          rev = version.rev;
        }
        const { merged } = local ? mergeVersions(local, remote) : { merged: remote };
        if (hadLocalEdits && local && sameFieldConflict(local, remote, known?.serverClocks ?? {})) outcome.conflictsResolved++;
        // A server document taken as it is was validated when it was read (parseSyncDocument); a merge is validated here.
        const valid = local === null && version.kind === 'doc' ? null : workspaceTableSchemas[named.table].safeParse(merged.record);
        if (valid && !valid.success) {
          const issue = valid.error.issues[0];
          const field = issue?.path.join('.') || '(record)';
          outcome.rejected.push({ id, reason: `merged record refused: ${field} ${issue?.message ?? ''}`.trim(), code: 'merge_refused', field, at: now() });
          continue;
        }
        if (!current || !sameData(current, merged.record)) {
          // Records this replica never held are added (one log entry for them all, no earlier version to keep).
          const into = stored.has(id) ? puts : adds;
          const table = into.get(named.table) ?? new Map<string, Record<string, unknown>>();
          if (!table.has(id)) outcome.written++;
          into.set(named.table, table.set(id, merged.record));
          written.set(id, merged.record);
        }
        const serverHas = version.kind === 'doc' && sameVersion(merged, remote);
        const serverClocks = version.kind === 'doc' ? remote.clocks : (known?.serverClocks ?? null);
        states.set(id, { id, table: named.table, recordId: named.recordId, rev, serverClocks, ...merged, pending: serverHas ? 0 : 1 });
      }
      // Issued together: the main thread prepares the next writes while IndexedDB carries out the
      // first ones (a transaction runs its requests in order either way).
      await Promise.all([
        ...[...adds].map(([table, rows]) => db.table(table).bulkAdd([...rows.values()])),
        ...[...puts].map(([table, rows]) => db.table(table).bulkPut([...rows.values()])),
        states.size ? db.syncRecords.bulkPut([...states.values()].map(storedSyncRecord)) : null,
        writeClock(db, hlc),
      ]);
      return outcome;
    },
    { origin: 'sync', now: now() },
  );
}

/**
 * The rows of `table` with these ids (all between `lower` and `upper`), in their order. Ids outside
 * the span of keys the table holds there are not read: a first pull brings documents in the order the
 * first push sent them, table by table in id order, so most of a page lies past what the replica
 * holds, and reading a missing id costs about as much as writing it. Two key reads find the span; the
 * ids within it are read in one bulk read (a cursor jumping from id to id, Dexie's anyOf, was twenty
 * times slower than that where the ids are held).
 */
async function heldAmong<T, I>(table: Table<T, string, I>, ids: readonly string[], lower = '', upper = '\uffff'): Promise<(T | undefined)[]> {
  const within = () => table.where(':id').between(lower, upper, true, true);
  const [first] = await within().limit(1).primaryKeys();
  if (first === undefined) return ids.map(() => undefined);
  const [last = first] = await within().reverse().limit(1).primaryKeys();
  const inside = ids.filter((id) => id >= first && id <= last);
  const rows = new Map((await table.bulkGet(inside)).map((row, i) => [inside[i]!, row]));
  return ids.map((id) => rows.get(id));
}

/** What sync knows of these records, by document id (looked for table by table: a document id starts with its table's name). */
async function knownRecords(db: WorkspaceDb, byTable: ReadonlyMap<WorkspaceTableName, string[]>): Promise<Map<string, StoredSyncRecord>> {
  const found = new Map<string, StoredSyncRecord>();
  for (const [table, recordIds] of byTable) {
    const docs = recordIds.map((id) => syncDocId(table, id));
    const rows = await heldAmong(db.syncRecords, docs, syncDocId(table, ''), syncDocId(table, '\uffff'));
    rows.forEach((row) => row && found.set(row.id, row));
  }
  return found;
}

/** Record ids by table, of the documents that name one (each once). */
function idsByTable(docIds: readonly string[]): Map<WorkspaceTableName, string[]> {
  const byTable = new Map<WorkspaceTableName, string[]>();
  for (const id of new Set(docIds)) {
    const named = parseSyncDocId(id);
    if (!named) continue;
    const ids = byTable.get(named.table);
    if (ids) ids.push(named.recordId);
    else byTable.set(named.table, [named.recordId]);
  }
  return byTable;
}

/** The stored records of these ids, by document id. */
async function storedRecords(db: WorkspaceDb, byTable: ReadonlyMap<WorkspaceTableName, string[]>): Promise<Map<string, Record<string, unknown>>> {
  const found = new Map<string, Record<string, unknown>>();
  for (const [table, recordIds] of byTable) {
    const rows = await heldAmong(db.table<Record<string, unknown>, string>(table), recordIds);
    rows.forEach((row, i) => row && found.set(syncDocId(table, recordIds[i]!), row));
  }
  return found;
}

/** Which documents sync already holds at exactly these revisions (its own pushes coming back in the feed). */
export async function knownAtRevisions(db: WorkspaceDb, rows: readonly { id: string; rev: string }[]): Promise<Set<string>> {
  const states = await db.syncRecords.bulkGet(rows.map((r) => r.id));
  return new Set(rows.filter((r, i) => states[i]?.rev === r.rev).map((r) => r.id));
}

/** The next pending records as documents to push, each on the revision sync last knew. */
export async function pendingDocuments(db: WorkspaceDb, limit: number): Promise<SyncDocument[]> {
  const pending = await db.syncRecords.where('pending').equals(1).limit(limit).toArray();
  return pending.map((stored) => documentOf(loadedSyncRecord(stored)));
}

/**
 * The server confirmed documents: each takes its new revision and leaves the outbox. Called inside the
 * engine's exclusive section that read them from the outbox, where nothing else (capture, pulls)
 * changes sync records, so what was sent is still what sync knows: no read is needed.
 */
export async function confirmPushed(db: WorkspaceDb, confirmed: readonly { doc: SyncDocument; rev: string }[]): Promise<void> {
  if (confirmed.length === 0) return;
  const next: SyncRecord[] = confirmed.map(({ doc, rev }) => ({
    id: doc._id,
    table: doc.table,
    recordId: String(doc.record['id']),
    rev,
    record: doc.record,
    clocks: doc.clocks,
    serverClocks: doc.clocks,
    pending: 0,
  }));
  await db.syncRecords.bulkPut(next.map(storedSyncRecord));
}

/** Adds to the count of conflicts resolved (same-field edits decided by the rule, server conflicts merged). */
export async function countConflicts(db: WorkspaceDb, resolved: number): Promise<void> {
  if (resolved === 0) return;
  await db.transaction('rw', db.syncState, async () => {
    const progress = await readSyncProgress(db);
    await db.syncState.put({ ...progress, conflictsResolved: progress.conflictsResolved + resolved });
  });
}

/** The settings record's document id, if the workspace has one: it names the workspace on the server. */
export async function workspaceIdentity(db: WorkspaceDb): Promise<string | null> {
  const meta = await db.meta.toCollection().first();
  return meta ? `meta:${meta.id}` : null;
}
