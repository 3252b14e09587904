import { almostQualified, compileEngagementRules, engagementScore, type AlmostQualified } from '@shared/index';
import type { Activity } from '@shared/model';
import type { WorkspaceDb } from '../workspace-db';
import { loadTransitionContext, type ActiveDesign } from './scoring-context-repository';

const WEEK_MS = 7 * 86_400_000;

/** Contacts before the hand-off stage that reach the threshold but miss exactly one hand-off criterion. */
export async function loadAlmostQualified(db: WorkspaceDb, design: ActiveDesign): Promise<AlmostQualified[]> {
  const { lifecycle, model } = design;
  const funnel = lifecycle.stages.filter((s) => s.kind === 'funnel').map((s) => s.id);
  const before = [...funnel.slice(0, funnel.indexOf(lifecycle.handOffStageId)), ...lifecycle.stages.filter((s) => s.kind === 'recycled').map((s) => s.id)];
  const candidates = (
    await Promise.all(
      before.map((stage) =>
        db.contacts.where('[lifecycleStage+engagementScore]').between([stage, model.handOffThreshold], [stage, Infinity], true, true).toArray(),
      ),
    )
  )
    .flat()
    .filter((c) => c.deletedAt === null);
  const withContext = await Promise.all(candidates.map(async (contact) => ({ contact, context: await loadTransitionContext(db, contact, design) })));
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
