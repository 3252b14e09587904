import type { LifecycleDefinition } from '@shared/model';
import { reevaluateHandOffs, type ReevaluationProgress } from '../../db/repositories/design-change-repository';
import { saveLifecycle, type LifecycleRefusal } from '../../db/repositories/lifecycle-edit-repository';
import type { ApiContext } from '../context';

export type UpdateLifecycleInput = {
  lifecycle: LifecycleDefinition;
  /** The `updatedAt` of the lifecycle the editor opened: a save over a newer one is refused. */
  baseUpdatedAt: number;
  onProgress?: (p: ReevaluationProgress) => void;
};

export type UpdateLifecycleResult =
  { ok: true; value: { lifecycle: LifecycleDefinition; batchId: string; reevaluated: ReevaluationProgress } } | ({ ok: false } & LifecycleRefusal);

/**
 * Saves the designer's lifecycle, then re-checks every lead on marketing's side against it (batched,
 * with progress): a lead the new criteria make ready is handed off through the lifecycle engine, its
 * transition logged. `batchId` is the save alone, so Undo restores the previous design without
 * undoing hand-offs already made (they are logged moves, like those of a threshold change).
 */
export async function updateLifecycleAction(ctx: ApiContext, input: UpdateLifecycleInput): Promise<UpdateLifecycleResult> {
  const now = ctx.now();
  const saved = await saveLifecycle(ctx.db, input.lifecycle, now, input.baseUpdatedAt);
  if (!saved.ok) return saved;
  const reevaluated = await reevaluateHandOffs(ctx.db, now, input.onProgress);
  return { ok: true, value: { lifecycle: saved.lifecycle, batchId: saved.batchId, reevaluated } };
}
