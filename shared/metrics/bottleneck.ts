import type { Deal } from '../model/deal';
import type { Pipeline } from '../model/pipeline';
import type { Conversion } from './funnel';
import { boardBottleneck, boardColumns, type BoardColumn } from '../pipeline/board';
import { counted, type Counted } from './scope';

export type FunnelBottleneck = {
  from: string;
  to: string;
  rate: number;
  baselineRate: number | null;
  /** Percentage points lost against the baseline (positive = worse now); null without a baseline. */
  drop: number | null;
};

/** What the bottleneck needs of a conversion: the step and its rate (the funnel report's steps carry counts, not ids). */
export type ConversionRate = Pick<Conversion, 'from' | 'to' | 'adjacent' | 'rate'>;

/**
 * The weakest step between adjacent stages (never first → last). With a baseline (the previous
 * period), the step that dropped most against it, in percentage points; steps the baseline does
 * not cover are then left out. Without one, or when no step dropped, the step with the lowest rate. Ties go to the
 * earlier step.
 */
export function funnelBottleneck(current: readonly ConversionRate[], baseline: readonly ConversionRate[] = []): FunnelBottleneck | null {
  const base = new Map(baseline.filter((c) => c.adjacent && c.rate !== null).map((c) => [`${c.from}>${c.to}`, c.rate!]));
  const steps = current
    .filter((c): c is ConversionRate & { rate: number } => c.adjacent && c.rate !== null)
    .map((c) => {
      const baselineRate = base.get(`${c.from}>${c.to}`) ?? null;
      return { from: c.from, to: c.to, rate: c.rate, baselineRate, drop: baselineRate === null ? null : baselineRate - c.rate };
    });
  // The baseline decides only when some step did worse than it: with no drop anywhere, the weakest step is the bottleneck.
  const compared = steps.filter((s) => s.drop !== null);
  const dropped = compared.some((s) => s.drop! > 0);
  const pool = dropped ? compared : steps;
  const worse = (a: FunnelBottleneck, b: FunnelBottleneck) => (dropped ? a.drop! > b.drop! : a.rate < b.rate);
  return pool.reduce<FunnelBottleneck | null>((worst, s) => (worst === null || worse(s, worst) ? s : worst), null);
}

export type StagePile = { stageId: string; deals: Counted; amount: number };

/**
 * Open deals per pipeline stage; the stage holding the most is where deals pile up. The same columns
 * and the same rule as the board's highlighted column (boardColumns, boardBottleneck).
 */
export function pipelinePileUp(deals: readonly Deal[], pipeline: Pipeline): { stages: StagePile[]; bottleneck: StagePile | null } {
  const columns = boardColumns(deals, pipeline);
  const pile = (c: BoardColumn): StagePile => ({
    stageId: c.stage.id,
    deals: counted(c.deals.map((d) => d.id)),
    amount: c.deals.reduce((sum, d) => sum + (d.amount ?? 0), 0),
  });
  const worst = boardBottleneck(columns);
  return { stages: columns.map(pile), bottleneck: worst ? pile(worst) : null };
}
