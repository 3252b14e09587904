import { runWrite } from '../write-path';
import { dealOutcomeTransition, planDealMove, type Actor, type DealMoveInput, type DealMoveRefusal, type TransitionResult } from '@shared/index';
import { fieldError, stampNew, type Deal, type FieldError, type RecycleReason } from '@shared/model';
import type { WorkspaceDb } from '../workspace-db';
import { saveStageChange } from './automation-repository';
import type { EditResult } from './contact-edit-repository';
import { getActiveDesign, loadTransitionContext } from './scoring-context-repository';

/** What became of one contact of the deal: the engine's answer, or why it was left where it is. */
export type ContactMove = { contactId: string; result: TransitionResult } | { contactId: string; skipped: 'other_open_deal' };

export type DealMoved = { deal: Deal; moves: ContactMove[] };

/** A refused move in the words of the form that asks for the missing facts. */
function refusalErrors(refusal: DealMoveRefusal): FieldError[] {
  switch (refusal.code) {
    case 'needs':
      return refusal.needs.map((need) =>
        need === 'amount'
          ? fieldError('amount', 'required')
          : need === 'close_date'
            ? fieldError('expectedCloseDate', 'required')
            : fieldError('lostReason', 'lost_reason_required'),
      );
    case 'unknown_stage':
      return [fieldError('stageId', 'not_found')];
    case 'archived_stage':
      return [fieldError('stageId', 'stage_archived')];
    case 'same_stage':
      return [fieldError('stageId', 'same_stage')];
    case 'deal_closed':
      return [fieldError('status', 'already_closed')];
  }
}

/**
 * Moves a deal to another stage of its pipeline (one transaction): the deal, a line of its stage
 * history, and — when the stage is Won or Lost — each contact through the lifecycle engine: won →
 * Customer, lost → Recycled with the lost reason (unless the contact still has another open deal).
 * Moves the lifecycle refuses are returned, not forced. The board, the deal page and the record's
 * Won/Lost buttons all move deals here.
 */
export async function moveDeal(
  db: WorkspaceDb,
  dealId: string,
  input: DealMoveInput,
  actor: Actor | null,
  now: number = Date.now(),
): Promise<EditResult<DealMoved>> {
  return runWrite(db, async () => {
    const deal = await db.deals.get(dealId);
    const pipeline = deal && (await db.pipelines.get(deal.pipelineId));
    if (!deal || deal.deletedAt !== null || !pipeline) return { ok: false, errors: [fieldError('dealId', 'not_found')] };
    const plan = planDealMove(deal, pipeline, input, now, actor?.id ?? null);
    if (!plan.ok) return { ok: false, errors: refusalErrors(plan.refusal) };
    await db.deals.put(plan.deal);
    await db.dealMoves.add(stampNew(plan.move, now));
    const moves: ContactMove[] = [];
    if (plan.outcome === 'open') return { ok: true, value: { deal: plan.deal, moves } };
    const design = await getActiveDesign(db);
    if (!design) return { ok: true, value: { deal: plan.deal, moves } };
    for (const contact of await db.contacts.bulkGet(deal.contactIds)) {
      if (!contact || contact.deletedAt !== null) continue;
      const { context, facts } = await loadTransitionContext(db, contact, design, now);
      const otherOpen = facts.deals.filter((d) => d.id !== deal.id && d.status === 'open').length;
      const result = dealOutcomeTransition(contact, plan.deal, plan.outcome, design.lifecycle, context, otherOpen, now, actor?.id ?? null);
      if (!result) {
        if (plan.outcome === 'lost' && otherOpen > 0) moves.push({ contactId: contact.id, skipped: 'other_open_deal' });
        continue;
      }
      if (result.ok) await saveStageChange(db, contact, result.contact, result.transition, design, now);
      moves.push({ contactId: contact.id, result });
    }
    return { ok: true, value: { deal: plan.deal, moves } };
  });
}

/** Closes a deal as won or lost: a move to its pipeline's Won or Lost stage. */
export async function closeDeal(
  db: WorkspaceDb,
  dealId: string,
  outcome: 'won' | 'lost',
  lostReason: RecycleReason | null,
  actor: Actor | null,
  now: number = Date.now(),
): Promise<EditResult<DealMoved>> {
  const deal = await db.deals.get(dealId);
  const pipeline = deal && (await db.pipelines.get(deal.pipelineId));
  const stage = pipeline?.stages.find((s) => s.outcome === outcome);
  if (!deal || !stage) return { ok: false, errors: [fieldError('dealId', 'not_found')] };
  return moveDeal(db, dealId, { toStageId: stage.id, lostReason }, actor, now);
}
