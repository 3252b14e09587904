import { contactDisplayName, fieldError, type FieldError } from '@shared/model';
import type { WorkspaceDb } from '../workspace-db';
import { runWrite } from '../write-path';
import type { EditResult } from './contact-edit-repository';

type Stored = { id: string; updatedAt: number; deletedAt: number | null };

/**
 * Reverts one batch of the change log (one action): every record it changed goes back to what it
 * was, every record it created is soft-deleted. Refused when a record was changed again since
 * (undo would silently throw that later change away). The undo is itself a logged write (origin
 * "undo"), stamped now, so lists, sync and a later undo see it like any other change.
 */
export async function undoBatch(db: WorkspaceDb, batchId: string, now: number = Date.now()): Promise<EditResult<{ restored: number }>> {
  return runWrite(
    db,
    async () => {
      const changes = (await db.changes.where('batchId').equals(batchId).toArray()).sort((a, b) => (a.id < b.id ? -1 : 1));
      if (changes.length === 0) return { ok: false, errors: [fieldError('batch', 'nothing_to_undo')] };
      const conflicts: FieldError[] = [];
      for (const change of changes) {
        const latest = await db.changes.where('[table+recordId]').equals([change.table, change.recordId]).toArray();
        if (latest.some((c) => c.id > change.id && c.batchId !== batchId)) {
          // Name the record the user knows (a contact's name), not a table.
          const record = (await db.table(change.table).get(change.recordId)) as
            { firstName?: string; lastName?: string; name?: string; title?: string } | undefined;
          const name =
            record?.firstName !== undefined
              ? contactDisplayName({ firstName: record.firstName, lastName: record.lastName ?? '' })
              : (record?.name ?? record?.title ?? '');
          conflicts.push(fieldError('record', 'changed_since', { name }));
        }
      }
      if (conflicts.length > 0) return { ok: false, errors: conflicts.slice(0, 1) };
      // Last change first: a record changed twice in the batch ends as it was before the first change.
      const seen = new Set<string>();
      for (const change of [...changes].reverse()) {
        const table = db.table<Stored, string>(change.table);
        const current = await table.get(change.recordId);
        if (change.before === null) {
          if (current && current.deletedAt === null) await table.put({ ...current, deletedAt: now, updatedAt: now });
        } else await table.put({ ...(change.before as Stored), updatedAt: now });
        seen.add(`${change.table}:${change.recordId}`);
      }
      return { ok: true, value: { restored: seen.size } };
    },
    { origin: 'undo', now },
  );
}
