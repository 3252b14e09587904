import { runWrite } from '../write-path';
import { applyTransition, type Actor } from '@shared/index';
import type { RecycleReason } from '@shared/model';
import { saveStageChange } from './automation-repository';
import type { WorkspaceDb } from '../workspace-db';
import { recordAssignment } from './assignments-repository';
import { getActiveDesign, loadTransitionContext } from './scoring-context-repository';

/** Why a selected contact was left as it was, as a code the UI puts into words. */
export const bulkSkipReasons = [
  'unknown_owner',
  'already_owner',
  'empty_tag',
  'already_tagged',
  'no_recycled_stage',
  'not_allowed',
  'criteria',
  'same_stage',
  'unknown_stage',
  'hand_off_required',
  'recycle_reason_required',
  'unknown_recycle_reason',
  'before_stage_entry',
] as const;
export type BulkSkipReason = (typeof bulkSkipReasons)[number];
export type BulkResult = { done: string[]; skipped: { id: string; why: BulkSkipReason }[] };

/** Reassigns contacts (one transaction), logging each change as a manual assignment. */
export async function bulkChangeOwner(
  db: WorkspaceDb,
  ids: readonly string[],
  ownerId: string | null,
  byMemberId: string | null,
  now: number = Date.now(),
): Promise<BulkResult> {
  return runWrite(db, async () => {
    if (ownerId !== null && !(await db.teamMembers.get(ownerId))) return { done: [], skipped: ids.map((id) => ({ id, why: 'unknown_owner' })) };
    const done: string[] = [];
    const skipped: BulkResult['skipped'] = [];
    for (const contact of await db.contacts.bulkGet([...ids])) {
      if (!contact || contact.deletedAt !== null) continue;
      if (contact.ownerId === ownerId) {
        skipped.push({ id: contact.id, why: 'already_owner' });
        continue;
      }
      await db.contacts.put(await recordAssignment(db, contact, ownerId, { ruleId: null, reason: 'manual', byMemberId }, now));
      done.push(contact.id);
    }
    return { done, skipped };
  });
}

/** Adds a tag (Baton's lists are tags: the scoring model's "add to list" adds one too). */
export async function bulkAddTag(db: WorkspaceDb, ids: readonly string[], tag: string, now: number = Date.now()): Promise<BulkResult> {
  const clean = tag.trim();
  if (!clean) return { done: [], skipped: ids.map((id) => ({ id, why: 'empty_tag' })) };
  return runWrite(db, async () => {
    const done: string[] = [];
    const skipped: BulkResult['skipped'] = [];
    for (const contact of await db.contacts.bulkGet([...ids])) {
      if (!contact || contact.deletedAt !== null) continue;
      if (contact.tags.includes(clean)) skipped.push({ id: contact.id, why: 'already_tagged' });
      else {
        await db.contacts.put({ ...contact, tags: [...contact.tags, clean], updatedAt: now });
        done.push(contact.id);
      }
    }
    return { done, skipped };
  });
}

/** Recycles each contact through the lifecycle engine; contacts the lifecycle does not let go are listed with why. */
export async function bulkRecycle(
  db: WorkspaceDb,
  ids: readonly string[],
  recycleReason: RecycleReason,
  note: string,
  by: Actor | null,
  now: number = Date.now(),
): Promise<BulkResult> {
  return runWrite(db, async () => {
    const design = await getActiveDesign(db);
    const recycled = design?.lifecycle.stages.find((s) => s.kind === 'recycled');
    if (!design || !recycled) return { done: [], skipped: ids.map((id) => ({ id, why: 'no_recycled_stage' })) };
    const done: string[] = [];
    const skipped: BulkResult['skipped'] = [];
    for (const contact of await db.contacts.bulkGet([...ids])) {
      if (!contact || contact.deletedAt !== null) continue;
      const result = applyTransition(
        contact,
        { to: recycled.id, at: now, by: by?.id ?? null, recycleReason, reason: note || null },
        design.lifecycle,
        (await loadTransitionContext(db, contact, design, now)).context,
      );
      if (!result.ok) {
        skipped.push({ id: contact.id, why: (result.error === 'refused' ? result.evaluation.reason : result.error) as BulkSkipReason });
        continue;
      }
      await saveStageChange(db, contact, result.contact, result.transition, design, now);
      done.push(contact.id);
    }
    return { done, skipped };
  });
}
