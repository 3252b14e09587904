import type { BaseRecord } from '../model';

/** How a merge treated the records of one table. */
export type MergeTableSummary = { added: number; updated: number; unchanged: number; keptLocal: number };

/** A record both sides changed differently: which side's version stands. */
export type MergeConflict = { table: string; id: string; winner: 'incoming' | 'local'; localUpdatedAt: number; incomingUpdatedAt: number };

export type MergeSummary = {
  tables: Record<string, MergeTableSummary>;
  /** Conflicts in the order met, at most `conflictsListed` of them. */
  conflicts: MergeConflict[];
  conflictCount: number;
};

export const conflictsListed = 100;

export const emptyMergeSummary = (): MergeSummary => ({ tables: {}, conflicts: [], conflictCount: 0 });

/** Structural equality of plain JSON data; key order does not matter. */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((v, i) => sameData(v, other[i]));
  }
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => sameData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/**
 * The merge rule of a workspace file into a workspace, for one table's records: matched by id,
 * the newer `updatedAt` wins per record (a soft delete is an update like any other); on a tie the
 * local record stays, so merging the same file twice changes nothing. `local[i]` is the stored
 * record with `incoming[i]`'s id, if any. Returns the records to write and adds to `summary`.
 */
export function mergeTable<T extends BaseRecord>(table: string, incoming: readonly T[], local: readonly (T | undefined)[], summary: MergeSummary): T[] {
  const counts = (summary.tables[table] ??= { added: 0, updated: 0, unchanged: 0, keptLocal: 0 });
  const write: T[] = [];
  incoming.forEach((theirs, i) => {
    const ours = local[i];
    if (!ours) {
      counts.added++;
      write.push(theirs);
      return;
    }
    if (sameData(ours, theirs)) {
      counts.unchanged++;
      return;
    }
    const winner = theirs.updatedAt > ours.updatedAt ? 'incoming' : 'local';
    if (winner === 'incoming') {
      counts.updated++;
      write.push(theirs);
    } else counts.keptLocal++;
    summary.conflictCount++;
    if (summary.conflicts.length < conflictsListed)
      summary.conflicts.push({ table, id: theirs.id, winner, localUpdatedAt: ours.updatedAt, incomingUpdatedAt: theirs.updatedAt });
  });
  return write;
}

/**
 * A workspace has one settings record (`meta`): the incoming one takes the local record's id, so
 * merging two workspaces never leaves two settings records; the merge rule then picks the newer.
 */
export const alignSingleton = <T extends BaseRecord>(incoming: T, localId: string | undefined): T => (localId ? { ...incoming, id: localId } : incoming);
