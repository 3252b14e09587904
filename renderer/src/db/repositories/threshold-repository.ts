import { fieldError, scoringModelSchema } from '@shared/model';
import { runWrite } from '../write-path';
import type { WorkspaceDb } from '../workspace-db';
import type { EditResult } from './contact-edit-repository';
import { reevaluateHandOffs, type ReevaluationProgress } from './design-change-repository';
import { getActiveDesign } from './scoring-context-repository';

export type ThresholdApplied = { threshold: number; reevaluated: ReevaluationProgress };

/**
 * Sets the active scoring model's hand-off threshold (the calibration's "apply"), then re-checks
 * every lead on marketing's side through the one write path: those now ready are handed off with the
 * transition log saying so. Leads already handed off stay where they are — a threshold is a rule for
 * the next hand-off, not a verdict on past ones.
 */
export async function setHandOffThreshold(
  db: WorkspaceDb,
  threshold: number,
  now: number,
  onProgress?: (p: ReevaluationProgress) => void,
): Promise<EditResult<ThresholdApplied>> {
  if (!Number.isFinite(threshold) || threshold < 0 || threshold > 100)
    return { ok: false, errors: [fieldError('handOffThreshold', 'out_of_range', { min: 0, max: 100 })] };
  const saved = await runWrite(db, async () => {
    const design = await getActiveDesign(db);
    if (!design) return { ok: false as const, errors: [fieldError('handOffThreshold', 'no_lifecycle')] };
    const parsed = scoringModelSchema.safeParse({ ...design.model, handOffThreshold: threshold, updatedAt: now });
    if (!parsed.success) return { ok: false as const, errors: [fieldError('handOffThreshold', 'invalid_value')] };
    await db.scoringModels.put(parsed.data);
    return { ok: true as const };
  });
  if (!saved.ok) return saved;
  return { ok: true, value: { threshold, reevaluated: await reevaluateHandOffs(db, now, onProgress) } };
}
