import { runWrite } from '../write-path';
import { beforeHandOff } from '@shared/index';
import type { WorkspaceDb } from '../workspace-db';
import { saveContactChange } from './automation-repository';
import { getActiveDesign } from './scoring-context-repository';

export type ReevaluationProgress = { done: number; total: number; handedOff: number };

/** Contacts per transaction: small enough to keep the UI responsive between batches, large enough to be quick. */
const BATCH = 500;

/**
 * After the design changes (scoring model, ICP, lifecycle criteria), rescores every contact still
 * on marketing's side of the hand-off and re-checks the automation through the one write path,
 * so a lead the new design makes ready moves now rather than on its next activity. Batched, one
 * transaction per batch; each contact is saved whole or not at all.
 */
export async function reevaluateHandOffs(
  db: WorkspaceDb,
  now: number = Date.now(),
  onProgress?: (p: ReevaluationProgress) => void,
): Promise<ReevaluationProgress> {
  const design = await getActiveDesign(db);
  if (!design) return { done: 0, total: 0, handedOff: 0 };
  const stages = design.lifecycle.stages.filter((s) => beforeHandOff(design.lifecycle, s.id)).map((s) => s.id);
  const ids = (await db.contacts.where('lifecycleStage').anyOf(stages).primaryKeys()) as string[];
  const progress = { done: 0, total: ids.length, handedOff: 0 };
  for (let start = 0; start < ids.length; start += BATCH) {
    await runWrite(db, async () => {
      const current = await getActiveDesign(db);
      if (!current) return;
      for (const contact of await db.contacts.bulkGet(ids.slice(start, start + BATCH))) {
        if (!contact || contact.deletedAt !== null) continue;
        // The design changed, not the contact: its old cached scores say where it stood before.
        const saved = await saveContactChange(db, contact, contact, current, now, { completedForHandOff: false });
        if (saved.applied.some((a) => a.kind === 'change_stage' && a.moved)) progress.handedOff++;
      }
    });
    progress.done = Math.min(ids.length, start + BATCH);
    onProgress?.({ ...progress });
  }
  return progress;
}
