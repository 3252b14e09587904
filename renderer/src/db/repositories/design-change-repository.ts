import { runWrite } from '../write-path';
import { beforeHandOff, cachedScoresDiffer, rescoreChange } from '@shared/index';
import type { WorkspaceDb } from '../workspace-db';
import { saveContactChange } from './automation-repository';
import type { Contact } from '@shared/model';
import { getActiveDesign, loadFactsOf } from './scoring-context-repository';

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
      const contacts = (await db.contacts.bulkGet(ids.slice(start, start + BATCH))).filter((c): c is Contact => !!c && c.deletedAt === null);
      // Read ahead for the whole batch: a contact's threshold actions write only its own records, never another's facts.
      const facts = await loadFactsOf(db, contacts);
      const unmoved: Contact[] = [];
      for (const [i, contact] of contacts.entries()) {
        // The design changed, not the contact: its old cached scores say where it stood before.
        const change = { before: contact, changed: contact, ...facts[i]!, design: current, now, completedForHandOff: false };
        // Most leads only rescore: judged here (pure, no await, so the batch stays in its transaction) and put together below.
        const rescored = rescoreChange(change);
        if (rescored.trigger === null) {
          unmoved.push(rescored.contact);
          continue;
        }
        const saved = await saveContactChange(db, contact, contact, current, now, { completedForHandOff: false, facts: facts[i]! });
        if (saved.applied.some((a) => a.kind === 'change_stage' && a.moved)) progress.handedOff++;
      }
      // A contact whose scores came out as they were is not written again (nothing for the change log or sync).
      const byId = new Map(contacts.map((c) => [c.id, c]));
      const changed = unmoved.filter((c) => {
        const was = byId.get(c.id)!;
        return cachedScoresDiffer(c, was) || c.lastActivityAt !== was.lastActivityAt;
      });
      if (changed.length > 0) await db.contacts.bulkPut(changed);
    });
    progress.done = Math.min(ids.length, start + BATCH);
    onProgress?.({ ...progress });
  }
  return progress;
}
