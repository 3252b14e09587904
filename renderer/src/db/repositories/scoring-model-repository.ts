import { beforeHandOff, scoreAll, cachedScoresDiffer, scoringModelSchema, validateScoringModel, withCachedScores, type DesignProblem } from '@shared/index';
import type { Contact, ScoringModel } from '@shared/model';
import { runWrite } from '../write-path';
import type { WorkspaceDb } from '../workspace-db';
import { reevaluateHandOffs, type ReevaluationProgress } from './design-change-repository';
import { getActiveDesign } from './scoring-context-repository';

/** Contacts per rescoring transaction. */
const BATCH = 500;

export type ScoringSaveProgress = { phase: 'rescoring' | 'reevaluating'; done: number; total: number; handedOff: number };

export type ScoringModelSaved = { model: ScoringModel; rescored: number; reevaluated: ReevaluationProgress };

export type ScoringModelSaveResult =
  | { ok: true; value: ScoringModelSaved }
  | { ok: false; reason: 'invalid'; problems: DesignProblem[] }
  /** Another window saved the model after this edit started from `baseUpdatedAt`. */
  | { ok: false; reason: 'changed_since'; savedAt: number }
  | { ok: false; reason: 'no_design' };

/**
 * Rescores the contacts past the hand-off (sales' side, customers, disqualified): their cached scores
 * follow the new model, but the automation is not re-run for them — they were handed off already.
 * One transaction per batch; only contacts whose rounded scores change are written. Returns how many were rescored.
 */
export async function rescoreHandedOff(db: WorkspaceDb, now: number, onProgress?: (p: ScoringSaveProgress) => void): Promise<number> {
  const design = await getActiveDesign(db);
  if (!design) return 0;
  const stages = design.lifecycle.stages.filter((s) => !beforeHandOff(design.lifecycle, s.id)).map((s) => s.id);
  const ids = (await db.contacts.where('lifecycleStage').anyOf(stages).primaryKeys()) as string[];
  for (let start = 0; start < ids.length; start += BATCH) {
    await runWrite(db, async () => {
      const contacts = (await db.contacts.bulkGet(ids.slice(start, start + BATCH))).filter((c): c is Contact => !!c && c.deletedAt === null);
      const byContact = await Promise.all(contacts.map((c) => db.activities.where('[contactId+at]').between([c.id, -Infinity], [c.id, Infinity]).toArray()));
      const activities = byContact.flat();
      const companyIds = [...new Set(contacts.map((c) => c.companyId).filter((id): id is string => id !== null))];
      const companies = (await db.companies.bulkGet(companyIds)).filter((c) => c !== undefined);
      const scores = scoreAll({ contacts, activities, companies, model: design.model, icp: design.icp, now });
      const changed: Contact[] = [];
      contacts.forEach((contact, i) => {
        const next = withCachedScores(contact, scores.get(contact.id)!, byContact[i]!, now);
        if (cachedScoresDiffer(next, contact)) changed.push(next);
      });
      if (changed.length) await db.contacts.bulkPut(changed);
    });
    onProgress?.({ phase: 'rescoring', done: Math.min(ids.length, start + BATCH), total: ids.length, handedOff: 0 });
  }
  return ids.length;
}

/**
 * Saves an edited scoring model as the workspace's active one: validated by shared's
 * validateScoringModel first (nothing is written when it names a problem), refused when another
 * window saved the model since the edit began, then every contact is rescored — those before the
 * hand-off through reevaluateHandOffs, so a lead the new model makes ready is handed off now with the
 * transition log saying why — with progress.
 */
export async function updateScoringModel(
  db: WorkspaceDb,
  draft: ScoringModel,
  baseUpdatedAt: number,
  now: number,
  onProgress?: (p: ScoringSaveProgress) => void,
): Promise<ScoringModelSaveResult> {
  const before = await getActiveDesign(db);
  if (!before) return { ok: false, reason: 'no_design' };
  const problems = validateScoringModel(draft, before.lifecycle);
  if (problems.length > 0) return { ok: false, reason: 'invalid', problems };
  const saved = await runWrite(db, async (): Promise<ScoringModelSaveResult> => {
    const design = await getActiveDesign(db);
    if (!design) return { ok: false, reason: 'no_design' };
    if (design.model.updatedAt !== baseUpdatedAt) return { ok: false, reason: 'changed_since', savedAt: design.model.updatedAt };
    // The draft edits the active model: its id and creation stay, whatever the editor sent.
    const model = scoringModelSchema.parse({ ...draft, id: design.model.id, createdAt: design.model.createdAt, deletedAt: null, updatedAt: now });
    await db.scoringModels.put(model);
    return { ok: true, value: { model, rescored: 0, reevaluated: { done: 0, total: 0, handedOff: 0 } } };
  });
  if (!saved.ok) return saved;
  const reevaluated = await reevaluateHandOffs(db, now, (p) => onProgress?.({ phase: 'reevaluating', ...p }));
  const rescored = await rescoreHandedOff(db, now, onProgress);
  // A lead the re-evaluation handed off is past the line when the rescore runs: counted once, not in both.
  return { ok: true, value: { ...saved.value, rescored: rescored + reevaluated.total - reevaluated.handedOff, reevaluated } };
}
