import { checkLifecycleEdit, knownConditionFields, validateLifecycle, type LifecycleEditProblem, type LifecycleProblem } from '@shared/index';
import { fieldErrorsFromIssues, lifecycleDefinitionSchema, type FieldError, type LifecycleDefinition } from '@shared/model';
import { runWrite } from '../write-path';
import type { WorkspaceDb } from '../workspace-db';
import { getActiveLifecycle } from './lifecycle-repository';

/** Why a lifecycle was not saved: the design's own problems, stages still in use, a newer version, or values the schema refuses. */
export type LifecycleRefusal =
  | { reason: 'no_lifecycle' }
  | { reason: 'changed_since' }
  | { reason: 'invalid'; problems: LifecycleProblem[] }
  | { reason: 'stage_in_use'; problems: LifecycleEditProblem[] }
  | { reason: 'schema'; errors: FieldError[] };

export type LifecycleSaveResult = { ok: true; lifecycle: LifecycleDefinition; batchId: string } | ({ ok: false } & LifecycleRefusal);

/**
 * Saves the active lifecycle whole (stages, criteria, owners, SLAs, transitions) after the engine's
 * checks, in one write: validateLifecycle must find nothing, no removed stage may still hold
 * contacts, and the stored version must still be `baseUpdatedAt` — the version the editor started
 * from — so a save never silently undoes what another window saved meanwhile.
 */
export async function saveLifecycle(db: WorkspaceDb, draft: LifecycleDefinition, now: number, baseUpdatedAt: number): Promise<LifecycleSaveResult> {
  return runWrite(db, async (write): Promise<LifecycleSaveResult> => {
    const current = await getActiveLifecycle(db);
    if (!current) return { ok: false, reason: 'no_lifecycle' };
    if (current.updatedAt !== baseUpdatedAt) return { ok: false, reason: 'changed_since' };
    const parsed = lifecycleDefinitionSchema.safeParse({
      ...draft,
      id: current.id,
      createdAt: current.createdAt,
      updatedAt: now,
      deletedAt: current.deletedAt,
    });
    if (!parsed.success) return { ok: false, reason: 'schema', errors: fieldErrorsFromIssues(parsed.error.issues, 'lifecycle') };
    const problems = validateLifecycle(parsed.data, knownConditionFields());
    if (problems.length > 0) return { ok: false, reason: 'invalid', problems };
    const kept = new Set(parsed.data.stages.map((s) => s.id));
    const counts: Record<string, number> = {};
    for (const stage of current.stages)
      if (!kept.has(stage.id))
        counts[stage.id] = await db.contacts
          .where('lifecycleStage')
          .equals(stage.id)
          .filter((c) => c.deletedAt === null)
          .count();
    const inUse = checkLifecycleEdit(current, parsed.data, counts);
    if (inUse.length > 0) return { ok: false, reason: 'stage_in_use', problems: inUse };
    await db.lifecycles.put(parsed.data);
    return { ok: true, lifecycle: parsed.data, batchId: write.batchId };
  });
}
