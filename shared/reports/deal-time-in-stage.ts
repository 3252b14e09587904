import { z } from 'zod';
import type { Deal } from '../model/deal';
import type { DealMove } from '../model/deal-move';
import type { Pipeline } from '../model/pipeline';
import { timeInDealStages } from '../pipeline/deal-history';
import { inRange, quantiles, type DateRange } from '../metrics/scope';
import { spreadSchema } from './report-schemas';
import { reportColumn, type ReportTable } from './report-table';

export const dealStageTimeSchema = z.object({ stageId: z.string(), days: spreadSchema });
export type DealStageTime = z.infer<typeof dealStageTimeSchema>;

/**
 * Median and p90 days deals spent in each open stage of the pipeline, in pipeline order, for stays
 * that ended during the range (left for the next stage, or closed there); ids are the deals.
 * A stay still running is left out: it has no length yet, and counting it would pull the median down.
 * Won and Lost are where a deal ends, not a stage it waits in, so they are not listed.
 */
export function dealTimeInStage(dealMoves: readonly DealMove[], deals: readonly Deal[], pipeline: Pipeline, range: DateRange): DealStageTime[] {
  const movesByDeal = new Map<string, DealMove[]>();
  for (const m of dealMoves) {
    if (m.deletedAt !== null || m.pipelineId !== pipeline.id) continue;
    const list = movesByDeal.get(m.dealId);
    if (list) list.push(m);
    else movesByDeal.set(m.dealId, [m]);
  }
  const waiting = pipeline.stages.filter((s) => s.outcome === 'open');
  const byStage = new Map(waiting.map((s) => [s.id, { values: [] as number[], ids: [] as string[] }]));
  for (const deal of deals) {
    const moves = movesByDeal.get(deal.id);
    if (deal.deletedAt !== null || !moves) continue;
    // `now` only lengthens the running stay, which is dropped below: any value gives the same answer.
    const stays = timeInDealStages(deal, moves, range.to);
    stays.forEach((stay, i) => {
      const next = stays[i + 1];
      if (!next && deal.status === 'open') return;
      const endedAt = next ? next.enteredAt : (deal.closedAt ?? stay.enteredAt);
      const entry = byStage.get(stay.stageId);
      if (!entry || !inRange(endedAt, range)) return;
      entry.values.push(stay.days);
      entry.ids.push(deal.id);
    });
  }
  return waiting.map((s) => {
    const { values, ids } = byStage.get(s.id)!;
    return { stageId: s.id, days: { ...quantiles(values), ids } };
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
    ],
    rows: rows.map((r) => ({ stageId: r.stageId, count: r.days.count, median: r.days.median, p90: r.days.p90 })),
  };
}
