import { z } from 'zod';
import type { Deal } from '../model/deal';
import type { DealMove } from '../model/deal-move';
import type { Pipeline } from '../model/pipeline';
import { timeInDealStages } from '../pipeline/deal-history';
import { inRange, quantiles, type DateRange } from '../metrics/scope';

const DAY = 86_400_000;
import { spreadSchema } from './report-schemas';
import { reportColumn, type ReportTable } from './report-table';

export const dealStageTimeSchema = z.object({
  stageId: z.string(),
  days: spreadSchema,
  /** Deals still in the stage at `asOf`: how long they have waited so far (not a stay's length, so apart). */
  waiting: spreadSchema,
});
export type DealStageTime = z.infer<typeof dealStageTimeSchema>;

/**
 * Median and p90 days deals spent in each open stage of the pipeline, in pipeline order, for stays
 * that ended during the range (left for the next stage, or closed there); ids are the deals.
 * A stay still running is left out: it has no length yet, and counting it would pull the median down.
 * Won and Lost are where a deal ends, not a stage it waits in, so they are not listed.
 * The stays still running at `asOf` (default: the range's end; the caller passes now while the
 * range runs) are given apart as `waiting`, with the days waited so far.
 */
export function dealTimeInStage(
  dealMoves: readonly DealMove[],
  deals: readonly Deal[],
  pipeline: Pipeline,
  range: DateRange,
  asOf: number = range.to,
): DealStageTime[] {
  const movesByDeal = new Map<string, DealMove[]>();
  for (const m of dealMoves) {
    if (m.deletedAt !== null || m.pipelineId !== pipeline.id) continue;
    const list = movesByDeal.get(m.dealId);
    if (list) list.push(m);
    else movesByDeal.set(m.dealId, [m]);
  }
  const waiting = pipeline.stages.filter((s) => s.outcome === 'open');
  const byStage = new Map(waiting.map((s) => [s.id, { values: [] as number[], ids: [] as string[], running: [] as number[], runningIds: [] as string[] }]));
  for (const deal of deals) {
    const moves = movesByDeal.get(deal.id);
    if (deal.deletedAt !== null || !moves) continue;
    const stays = timeInDealStages(deal, moves, asOf);
    stays.forEach((stay, i) => {
      const next = stays[i + 1];
      const entry = byStage.get(stay.stageId);
      if (!entry) return;
      const endedAt = next ? next.enteredAt : deal.status === 'open' ? null : (deal.closedAt ?? stay.enteredAt);
      // Running at `asOf`: entered by then, left (if at all) after.
      if (stay.enteredAt <= asOf && (endedAt === null || endedAt > asOf)) {
        entry.running.push((asOf - stay.enteredAt) / DAY);
        entry.runningIds.push(deal.id);
      }
      if (endedAt === null || !inRange(endedAt, range)) return;
      entry.values.push(stay.days);
      entry.ids.push(deal.id);
    });
  }
  return waiting.map((s) => {
    const { values, ids, running, runningIds } = byStage.get(s.id)!;
    return { stageId: s.id, days: { ...quantiles(values), ids }, waiting: { ...quantiles(running), ids: runningIds } };
  });
}

/** The time-in-stage table: count, median and p90 days per stage. */
export function dealTimeInStageTable(rows: readonly DealStageTime[]): ReportTable {
  return {
    columns: [
      reportColumn('stageId', 'text', 'report.column.stage'),
      reportColumn('count', 'count'),
      reportColumn('median', 'days'),
      reportColumn('p90', 'days'),
      reportColumn('waiting', 'count'),
      reportColumn('waitingMedian', 'days'),
    ],
    rows: rows.map((r) => ({
      stageId: r.stageId,
      count: r.days.count,
      median: r.days.median,
      p90: r.days.p90,
      waiting: r.waiting.count,
      waitingMedian: r.waiting.median,
    })),
    // A row opens the deals still waiting there (the finished stays' deals have moved on).
    records: rows.map((r) => ({ kind: 'deals', ids: r.waiting.ids })),
  };
}
