import type { DBCore, DBCoreMutateRequest, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import { newId, workspaceTableNames, type Change, type ChangeOrigin } from '@shared/model';

/** What the write path says about the transaction it runs: the middleware stamps every change with it. */
export type WriteContext = { origin: ChangeOrigin; batchId: string; at: number };

const contexts = new WeakMap<DBCoreTransaction, WriteContext>();

/** The write path's context of a transaction, if it is one of its own. */
export const writeContextOf = (trans: DBCoreTransaction): WriteContext | undefined => contexts.get(trans);

/** Marks a transaction as the write path's (called by runWrite, nowhere else). */
export function markWrite(trans: DBCoreTransaction, context: WriteContext): void {
  contexts.set(trans, context);
}

/** Thrown for a write that bypassed the write path: it would escape the change log (and sync, and undo). */
export class UnloggedWriteError extends Error {
  constructor(table: string) {
    super(`A write to "${table}" did not go through the write path (runWrite).`);
    this.name = 'UnloggedWriteError';
  }
}

const logged = new Set<string>(workspaceTableNames);

function loggingTable(table: DBCoreTable, changes: DBCoreTable): DBCoreTable {
  return {
    ...table,
    async mutate(req: DBCoreMutateRequest) {
      // Schema upgrades rewrite stored data in place; they are not user changes.
      if ((req.trans as unknown as IDBTransaction).mode === 'versionchange') return table.mutate(req);
      const context = contexts.get(req.trans);
      if (!context) throw new UnloggedWriteError(table.name);
      if (req.type === 'deleteRange') throw new Error(`Records are soft-deleted, never removed in bulk ("${table.name}").`);
      const keys: string[] = req.type === 'delete' ? req.keys : (req.keys ?? req.values.map((v: { id: string }) => v.id));
      const entry = (recordId: string, before: unknown): Change => ({
        id: newId(),
        createdAt: context.at,
        updatedAt: context.at,
        deletedAt: null,
        table: table.name,
        recordId,
        at: context.at,
        origin: context.origin,
        batchId: context.batchId,
        before,
      });
      if (req.type === 'add') {
        // Adds create records: nothing to keep for undo, so a bulk add is one entry naming all its records
        // (an import of 100,000 contacts is 50 entries, not 100,000 writes of the log beside its own).
        const result = await table.mutate(req);
        const added = result.numFailures > 0 ? keys.filter((_, i) => !result.failures[i]) : keys;
        if (added.length === 1) await changes.mutate({ type: 'add', trans: req.trans, values: [entry(added[0]!, null)] });
        else if (added.length > 1) await changes.mutate({ type: 'add', trans: req.trans, values: [{ ...entry(added[0]!, null), recordIds: added }] });
        return result;
      }
      // Puts and deletes may replace a record: keep what it was, for undo.
      const before: unknown[] = await table.getMany({ trans: req.trans, keys });
      const result = await table.mutate(req);
      const entries: Change[] = keys.map((recordId, i) => entry(recordId, before[i] ?? null));
      if (entries.length) await changes.mutate({ type: 'add', trans: req.trans, values: entries });
      return result;
    },
  };
}

/**
 * Appends every changed record of a workspace table to the `changes` table, in the same
 * transaction, stamped with the write path's origin and batch. A database without the table
 * (an old schema, before its upgrade) is left alone.
 */
export const changeLogMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'ChangeLog',
  create(down) {
    const hasLog = down.schema.tables.some((t) => t.name === 'changes');
    if (!hasLog) return down;
    return {
      ...down,
      table(name) {
        const table = down.table(name);
        return logged.has(name) ? loggingTable(table, down.table('changes')) : table;
      },
    };
  },
};
