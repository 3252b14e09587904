import type { Deal } from '../model/deal';
import type { DealMove } from '../model/deal-move';
import type { RecycleReason } from '../model/identifiers';
import type { DealRequirement, Pipeline } from '../model/pipeline';
import type { BaseRecord, Timestamp } from '../model/record';

/**
 * Why a deal can be lost: the recycle reasons that make sense once a seller works a deal. Failed
 * qualification and "no meeting" are the SDR's verdicts on a lead, never a deal's outcome.
 */
export const dealLostReasons = ['opportunity_lost', 'no_budget', 'no_authority', 'bad_timing', 'stalled', 'other'] as const satisfies readonly RecycleReason[];
const isDealLostReason = (reason: RecycleReason) => (dealLostReasons as readonly RecycleReason[]).includes(reason);

/** What a drop may carry: the facts the target stage asks for, filled in at the drop. */
export type DealMoveInput = {
  toStageId: string;
  amount?: number | null;
  expectedCloseDate?: Timestamp | null;
  lostReason?: RecycleReason | null;
};

/** Something the user can supply at the drop (the board asks), or a move that cannot happen at all. */
export type DealMoveNeed = DealRequirement | 'lost_reason';
export type DealMoveRefusal = { code: 'needs'; needs: DealMoveNeed[] } | { code: 'unknown_stage' | 'archived_stage' | 'same_stage' | 'deal_closed' };

export type DealMovePlan =
  { ok: true; deal: Deal; move: Omit<DealMove, keyof BaseRecord>; outcome: 'open' | 'won' | 'lost' } | { ok: false; refusal: DealMoveRefusal };

/**
 * May this deal enter that stage, and what does it look like after? The one rule every caller uses
 * (board drag, keyboard move, deal page, undo-free redo): the stage's requirements must hold after
 * the drop's own input is applied; Lost needs a reason a deal can have (dealLostReasons); closed deals stay closed.
 */
export function planDealMove(deal: Deal, pipeline: Pipeline, input: DealMoveInput, at: Timestamp, by: string | null): DealMovePlan {
  const stage = pipeline.stages.find((s) => s.id === input.toStageId);
  if (!stage || deal.pipelineId !== pipeline.id) return { ok: false, refusal: { code: 'unknown_stage' } };
  if (deal.status !== 'open') return { ok: false, refusal: { code: 'deal_closed' } };
  if (stage.archived) return { ok: false, refusal: { code: 'archived_stage' } };
  if (stage.id === deal.stageId) return { ok: false, refusal: { code: 'same_stage' } };
  const amount = input.amount !== undefined ? input.amount : deal.amount;
  const expectedCloseDate = input.expectedCloseDate !== undefined ? input.expectedCloseDate : deal.expectedCloseDate;
  const lostReason = input.lostReason ?? null;
  const needs: DealMoveNeed[] = stage.requires.filter((r) => (r === 'amount' ? amount === null : expectedCloseDate === null));
  if (stage.outcome === 'lost' && (lostReason === null || !isDealLostReason(lostReason))) needs.push('lost_reason');
  if (needs.length > 0) return { ok: false, refusal: { code: 'needs', needs } };
  const closed = stage.outcome !== 'open';
  const next: Deal = {
    ...deal,
    stageId: stage.id,
    stageEnteredAt: at,
    amount,
    expectedCloseDate,
    status: stage.outcome,
    lostReason: stage.outcome === 'lost' ? lostReason : null,
    closedAt: closed ? at : null,
    updatedAt: at,
  };
  return {
    ok: true,
    deal: next,
    outcome: stage.outcome,
    move: { dealId: deal.id, pipelineId: pipeline.id, from: deal.stageId, to: stage.id, at, byMemberId: by },
  };
}
