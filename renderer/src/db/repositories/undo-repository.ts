import { changedRecordIds, contactDisplayName, fieldError, type Change } from '@shared/model';
import type { WorkspaceDb } from '../workspace-db';
import { runWrite } from '../write-path';
import type { EditResult } from './contact-edit-repository';

type Stored = { id: string; updatedAt: number; deletedAt: number | null };

const keyOf = (table: string, id: string) => `${table}\u0000${id}`;

/** The record a user knows by name (a contact's name, a company's or deal's), not a table. */
async function nameOf(db: WorkspaceDb, table: string, id: string): Promise<string> {
  const record = (await db.table(table).get(id)) as { firstName?: string; lastName?: string; name?: string; title?: string } | undefined;
  return record?.firstName !== undefined
    ? contactDisplayName({ firstName: record.firstName, lastName: record.lastName ?? '' })
    : (record?.name ?? record?.title ?? '');
}

/**
 * Reverts one batch of the change log (one action, or a whole import): every record it changed goes
 * back to what it was, every record it created is soft-deleted. Refused when a record was changed
 * again since (undo would silently throw that later change away). The undo is itself a logged write
 * (origin "undo"), stamped now, so lists, sync and a later undo see it like any other change.
 * Works table by table in bulk, so an import of 100,000 records rolls back in one pass.
 */
export async function undoBatch(db: WorkspaceDb, batchId: string, now: number = Date.now()): Promise<EditResult<{ restored: number }>> {
  return runWrite(
    db,
    async () => {
      const changes = (await db.changes.where('batchId').equals(batchId).toArray()).sort((a, b) => (a.id < b.id ? -1 : 1));
      if (changes.length === 0) return { ok: false, errors: [fieldError('batch', 'nothing_to_undo')] };
      // Each record's first change in the batch holds what it was before the batch.
      const first = new Map<string, { table: string; id: string; before: unknown }>();
      for (const change of changes)
        for (const id of changedRecordIds(change))
          if (!first.has(keyOf(change.table, id))) first.set(keyOf(change.table, id), { table: change.table, id, before: change.before });
      // Changes logged after the batch began (ids are time-ordered) by any other batch.
      const later: Change[] = await db.changes
        .where('id')
        .above(changes[0]!.id)
        .filter((c) => c.batchId !== batchId)
        .toArray();
      for (const change of later)
        for (const id of changedRecordIds(change))
          if (first.has(keyOf(change.table, id)))
            return { ok: false, errors: [fieldError('record', 'changed_since', { name: await nameOf(db, change.table, id) })] };
      const byTable = new Map<string, { id: string; before: unknown }[]>();
      for (const { table, id, before } of first.values()) byTable.set(table, [...(byTable.get(table) ?? []), { id, before }]);
      for (const [name, entries] of byTable) {
        const table = db.table<Stored, string>(name);
        const created = entries.filter((e) => e.before === null).map((e) => e.id);
        const current = await table.bulkGet(created);
        const deleted = current.filter((r): r is Stored => r !== undefined && r.deletedAt === null).map((r) => ({ ...r, deletedAt: now, updatedAt: now }));
        const restored = entries.filter((e) => e.before !== null).map((e) => ({ ...(e.before as Stored), updatedAt: now }));
        if (deleted.length + restored.length > 0) await table.bulkPut([...deleted, ...restored]);
      }
      return { ok: true, value: { restored: first.size } };
    },
    { origin: 'undo', now },
  );
}
