import { fieldErrorsFromIssues } from '@shared/model';
import { leadViewSchema, type LeadFilters, type LeadSort, type LeadView } from '@shared/index';
import { newId } from '@shared/model';
import type { WorkspaceDb } from '../workspace-db';
import type { EditResult } from './contact-edit-repository';
import { runWrite } from '../write-path';

/** Saved views in their order, deleted ones left out. */
export async function listLeadViews(db: WorkspaceDb): Promise<LeadView[]> {
  return (await db.leadViews.orderBy('order').toArray()).filter((v) => v.deletedAt === null);
}

export async function saveLeadView(
  db: WorkspaceDb,
  input: { name: string; search: string; filters: LeadFilters; sort: LeadSort | null; columns: string[] },
  now: number = Date.now(),
): Promise<EditResult<LeadView>> {
  return runWrite(db, async () => {
    const order = (await db.leadViews.count()) + 1;
    const parsed = leadViewSchema.safeParse({ id: newId(), createdAt: now, updatedAt: now, deletedAt: null, order, ...input, name: input.name.trim() });
    if (!parsed.success) return { ok: false, errors: fieldErrorsFromIssues(parsed.error.issues) };
    await db.leadViews.add(parsed.data);
    return { ok: true, value: parsed.data };
  });
}

/** Soft delete, so a synced teammate sees the view go too. */
export async function deleteLeadView(db: WorkspaceDb, id: string, now: number = Date.now()): Promise<void> {
  await runWrite(db, () => db.leadViews.update(id, { deletedAt: now, updatedAt: now }));
}
