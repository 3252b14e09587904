import { runWrite } from '../write-path';
import { dealOutcomeTransition, type Actor, type TransitionResult } from '@shared/index';
import { recycleReasonSchema, type Deal, type RecycleReason } from '@shared/model';
import type { WorkspaceDb } from '../workspace-db';
import { saveStageChange } from './automation-repository';
import type { EditResult } from './contact-edit-repository';
import { getActiveDesign, loadTransitionContext } from './scoring-context-repository';

/** What became of one contact of the deal: the engine's answer, or why it was left where it is. */
export type ContactMove = { contactId: string; result: TransitionResult } | { contactId: string; skipped: 'other_open_deal' };

/**
 * Closes a deal as won or lost (one transaction). Each of its contacts follows through the
 * lifecycle engine: won → Customer, lost → Recycled with the lost reason (unless the contact
 * still has another open deal). Moves the lifecycle refuses are returned, not forced.
 */
export async function closeDeal(
  db: WorkspaceDb,
  dealId: string,
  outcome: 'won' | 'lost',
  lostReason: RecycleReason | null,
  actor: Actor | null,
  now: number = Date.now(),
): Promise<EditResult<{ deal: Deal; moves: ContactMove[] }>> {
  if (outcome === 'lost' && !recycleReasonSchema.safeParse(lostReason).success)
    return { ok: false, errors: [{ field: 'lostReason', code: 'lost_reason_required' }] };
  return runWrite(db, async () => {
    const deal = await db.deals.get(dealId);
    const design = await getActiveDesign(db);
    if (!deal || deal.deletedAt !== null || !design) return { ok: false, errors: [{ field: 'dealId', code: 'not_found' }] };
    if (deal.status !== 'open') return { ok: false, errors: [{ field: 'status', code: 'already_closed' }] };
    const pipeline = await db.pipelines.get(deal.pipelineId);
    const closingStage = pipeline?.stages.find((s) => s.outcome === outcome);
    const closed: Deal = {
      ...deal,
      status: outcome,
      stageId: closingStage?.id ?? deal.stageId,
      stageEnteredAt: closingStage ? now : deal.stageEnteredAt,
      lostReason: outcome === 'lost' ? lostReason : null,
      closedAt: now,
      updatedAt: now,
    };
    await db.deals.put(closed);
    const moves: ContactMove[] = [];
    for (const contact of await db.contacts.bulkGet(deal.contactIds)) {
      if (!contact || contact.deletedAt !== null) continue;
      const { context, facts } = await loadTransitionContext(db, contact, design, now);
      const otherOpen = facts.deals.filter((d) => d.id !== deal.id && d.status === 'open').length;
      const result = dealOutcomeTransition(contact, closed, outcome, design.lifecycle, context, otherOpen, now, actor?.id ?? null);
      if (!result) {
        if (outcome === 'lost' && otherOpen > 0) moves.push({ contactId: contact.id, skipped: 'other_open_deal' });
        continue;
      }
      if (result.ok) await saveStageChange(db, contact, result.contact, result.transition, design, now);
      moves.push({ contactId: contact.id, result });
    }
    return { ok: true, value: { deal: closed, moves } };
  });
}
