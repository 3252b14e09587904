import type { Deal } from '../model/deal';
import type { Pipeline } from '../model/pipeline';
import type { Conversion } from './funnel';
import { counted, type Counted } from './scope';

export type FunnelBottleneck = { from: string; to: string; rate: number; baselineRate: number | null; relative: number | null };

/**
 * The adjacent-stage conversion that is weakest against its baseline (the previous period):
 * lowest current ÷ baseline; stages without a baseline are compared by their plain rate.
 */
export function funnelBottleneck(current: readonly Conversion[], baseline: readonly Conversion[]): FunnelBottleneck | null {
  const base = new Map(baseline.map((c) => [`${c.from}>${c.to}`, c.rate]));
  let worst: FunnelBottleneck | null = null;
  for (const c of current) {
    if (c.rate === null) continue;
    const baselineRate = base.get(`${c.from}>${c.to}`) ?? null;
    const relative = baselineRate ? c.rate / baselineRate : null;
    const candidate = { from: c.from, to: c.to, rate: c.rate, baselineRate, relative };
    const key = (b: FunnelBottleneck) => b.relative ?? b.rate;
    if (!worst || key(candidate) < key(worst)) worst = candidate;
  }
  return worst;
}

export type StagePile = { stageId: string; deals: Counted; amount: number };

/** Open deals per pipeline stage; the stage holding the most is where deals pile up. */
export function pipelinePileUp(deals: readonly Deal[], pipeline: Pipeline): { stages: StagePile[]; bottleneck: StagePile | null } {
  const stages = pipeline.stages
    .filter((s) => s.outcome === 'open')
    .map((s) => {
      const here = deals.filter((d) => d.deletedAt === null && d.pipelineId === pipeline.id && d.stageId === s.id && d.status === 'open');
      return { stageId: s.id, deals: counted(here.map((d) => d.id)), amount: here.reduce((sum, d) => sum + (d.amount ?? 0), 0) };
    });
  const bottleneck = stages.reduce<StagePile | null>((max, s) => (s.deals.count > 0 && (!max || s.deals.count > max.deals.count) ? s : max), null);
  return { stages, bottleneck };
}
