import type { Deal } from '../model/deal';
import type { Pipeline } from '../model/pipeline';
import type { Conversion } from './funnel';
import { boardBottleneck, boardColumns, type BoardColumn } from '../pipeline/board';
import { counted, type Counted } from './scope';

export type FunnelBottleneck = {
  from: string;
  to: string;
  rate: number;
  /** Contacts that entered `from`: the rate's sample, never below BOTTLENECK_MIN_ENTERED. */
  entered: number;
  /** The same step in the baseline (previous period); null without one or when too few entered it there. */
  baselineRate: number | null;
  /** Percentage points lost against the baseline (positive = worse now); null without a baseline rate. */
  drop: number | null;
};

/**
 * Fewer contacts than this entering a step and its rate is noise (3 Leads make "100 %", one contact
 * "0 %"): such a step is never named the bottleneck, nor is its baseline rate quoted.
 */
export const BOTTLENECK_MIN_ENTERED = 20;

/** What the bottleneck needs of a conversion: the step, its rate and how many entered it (a count, or the counted ids). */
export type ConversionRate = Pick<Conversion, 'from' | 'to' | 'adjacent' | 'rate'> & { entered: number | { count: number } };

const sample = (c: ConversionRate) => (typeof c.entered === 'number' ? c.entered : c.entered.count);
const measured = (c: ConversionRate): c is ConversionRate & { rate: number } => c.adjacent && c.rate !== null && sample(c) >= BOTTLENECK_MIN_ENTERED;

/**
 * The weakest step between adjacent stages (never first → last) among those at least
 * BOTTLENECK_MIN_ENTERED contacts entered: the lowest rate, ties to the earlier step; null when no
 * step has that many. The baseline (the previous period) never changes which step is named — a
 * comparison only adds the step's previous rate beside it, when enough entered it then too.
 */
export function funnelBottleneck(current: readonly ConversionRate[], baseline: readonly ConversionRate[] = []): FunnelBottleneck | null {
  const base = new Map(baseline.filter(measured).map((c) => [`${c.from}>${c.to}`, c.rate]));
  const worst = current.filter(measured).reduce<(ConversionRate & { rate: number }) | null>((w, s) => (w === null || s.rate < w.rate ? s : w), null);
  if (worst === null) return null;
  const baselineRate = base.get(`${worst.from}>${worst.to}`) ?? null;
  return {
    from: worst.from,
    to: worst.to,
    rate: worst.rate,
    entered: sample(worst),
    baselineRate,
    drop: baselineRate === null ? null : baselineRate - worst.rate,
  };
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
