import { almostQualified, beforeHandOff, cachedHandOffMeasure, compileEngagementRules, engagementScore, type AlmostQualified } from '@shared/index';
import type { Activity } from '@shared/model';
import type { WorkspaceDb } from '../workspace-db';
import { loadTransitionContext, type ActiveDesign } from './scoring-context-repository';

const WEEK_MS = 7 * 86_400_000;

/** Contacts before the hand-off stage whose hand-off measure reaches the threshold but who miss exactly one hand-off criterion. */
export async function loadAlmostQualified(db: WorkspaceDb, design: ActiveDesign, now: number = Date.now()): Promise<AlmostQualified[]> {
  const { lifecycle, model } = design;
  const before = lifecycle.stages.filter((s) => beforeHandOff(lifecycle, s.id)).map((s) => s.id);
  const engagementOnly = model.handOffMeasure.fit === 0 && model.handOffMeasure.bant === 0;
  // Engagement-only measures read the [stage+engagement] index; other measures scan those stages by their cached measure.
  const inStages = await Promise.all(
    before.map((stage) =>
      engagementOnly
        ? db.contacts.where('[lifecycleStage+engagementScore]').between([stage, model.handOffThreshold], [stage, Infinity], true, true).toArray()
        : db.contacts.where('lifecycleStage').equals(stage).toArray(),
    ),
  );
  const candidates = inStages.flat().filter((c) => c.deletedAt === null && cachedHandOffMeasure(model, c) >= model.handOffThreshold);
  const withContext = await Promise.all(
    candidates.map(async (contact) => ({ contact, context: (await loadTransitionContext(db, contact, design, now)).context })),
  );
  return almostQualified(withContext, lifecycle);
}

/** Engagement points earned in the last seven days, per contact, highest first ("hot this week"). */
export async function loadHotThisWeek(db: WorkspaceDb, design: ActiveDesign, now: number = Date.now()): Promise<Map<string, number>> {
  const recent = await db.activities
    .where('at')
    .between(now - WEEK_MS, now, true, true)
    .toArray();
  const byContact = new Map<string, Activity[]>();
  for (const a of recent) {
    if (a.deletedAt !== null) continue;
    const list = byContact.get(a.contactId);
    if (list) list.push(a);
    else byContact.set(a.contactId, [a]);
  }
  const compiled = compileEngagementRules(design.model.engagementRules);
  const rise = [...byContact].map(([id, acts]) => [id, engagementScore(acts, compiled, now).score] as const).filter(([, points]) => points > 0);
  return new Map(rise.sort((a, b) => b[1] - a[1]));
}
