import type { Deal } from '../model/deal';
import type { DealMove } from '../model/deal-move';
import type { Pipeline } from '../model/pipeline';
import type { BaseRecord, Timestamp } from '../model/record';

type Stamp = (at: Timestamp) => BaseRecord;

/**
 * A plausible stage history for a deal whose moves were never recorded (demo data): through the
 * open stages in order up to its stage, spread evenly between creation and entering its stage.
 * Won and Lost deals are reached from the last open stage they passed.
 */
export function walkedDealMoves(deal: Deal, pipeline: Pipeline, stamp: Stamp): DealMove[] {
  const open = pipeline.stages.filter((s) => s.outcome === 'open');
  const index = open.findIndex((s) => s.id === deal.stageId);
  const path = index >= 0 ? open.slice(0, index + 1).map((s) => s.id) : [...open.slice(0, 2).map((s) => s.id), deal.stageId];
  const span = Math.max(0, deal.stageEnteredAt - deal.createdAt);
  return path.map((to, i) => {
    const at = i === path.length - 1 ? deal.stageEnteredAt : Math.round(deal.createdAt + (span * i) / Math.max(1, path.length - 1));
    return {
      ...stamp(at),
      dealId: deal.id,
      pipelineId: deal.pipelineId,
      from: i === 0 ? null : path[i - 1]!,
      to,
      at,
      byMemberId: i === 0 ? null : deal.ownerId,
    };
  });
}

/** Days spent in each stage from a deal's history, the current stage counted up to `now` while the deal is open. */
export function timeInDealStages(
  deal: Pick<Deal, 'status' | 'closedAt'>,
  moves: readonly DealMove[],
  now: Timestamp,
): { stageId: string; enteredAt: Timestamp; days: number }[] {
  const ordered = [...moves].sort((a, b) => a.at - b.at);
  return ordered.map((m, i) => {
    const left = ordered[i + 1]?.at ?? (deal.status === 'open' ? now : (deal.closedAt ?? m.at));
    return { stageId: m.to, enteredAt: m.at, days: Math.max(0, left - m.at) / 86_400_000 };
  });
}
