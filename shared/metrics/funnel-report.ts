import { z } from 'zod';
import { stageIdSchema } from '../model/lifecycle';
import { funnelBottleneck } from './bottleneck';
import type { FunnelIndex } from './funnel-columns';
import { handOffWaits } from './funnel-hand-off';
import { bandCounts, contactMask, funnelSteps, periodEntries } from './funnel-pass';
import { funnelRangeSchema, previousRange, type FunnelQuery } from './funnel-query';
import type { DateRange } from './scope';

const delta = (now: number | null, before: number | null) => (now === null || before === null ? null : now - before);
const rate = (converted: number, entered: number) => (entered ? converted / entered : null);

export const funnelStageBarSchema = z.object({
  stageId: stageIdSchema,
  /** false for side states (recycled, disqualified) and stages met only in the log. */
  funnel: z.boolean(),
  count: z.number(),
  previous: z.number().nullable(),
  delta: z.number().nullable(),
});

export const funnelStepSchema = z.object({
  from: stageIdSchema,
  to: stageIdSchema,
  /** false for the overall first → last step. */
  adjacent: z.boolean(),
  entered: z.number(),
  converted: z.number(),
  rate: z.number().nullable(),
  previousRate: z.number().nullable(),
  rateDelta: z.number().nullable(),
});
export type FunnelStep = z.infer<typeof funnelStepSchema>;

/** One band of the flow diagram: contacts that made this move (from null = created at `to`). */
export const funnelLinkSchema = z.object({
  from: stageIdSchema.nullable(),
  to: stageIdSchema,
  count: z.number(),
  previous: z.number().nullable(),
  delta: z.number().nullable(),
});

export const funnelReportSchema = z.object({
  view: z.enum(['cohort', 'activity']),
  range: funnelRangeSchema,
  previousRange: funnelRangeSchema.nullable(),
  stages: z.array(funnelStageBarSchema),
  conversions: z.array(funnelStepSchema),
  overall: funnelStepSchema.nullable(),
  flows: z.array(funnelLinkSchema),
  bottleneck: z
    .object({ from: z.string(), to: z.string(), rate: z.number(), entered: z.number(), baselineRate: z.number().nullable(), drop: z.number().nullable() })
    .nullable(),
  handOff: z
    .object({
      stageId: stageIdSchema,
      entered: z.number(),
      breached: z.number(),
      previousEntered: z.number().nullable(),
      previousBreached: z.number().nullable(),
    })
    .nullable(),
});
export type FunnelReport = z.infer<typeof funnelReportSchema>;

/** Bands are keyed (from + 1) × width + to, from -1 being the creation line. */
type PeriodFigures = { stages: number[]; steps: { entered: number; converted: number }[]; links: Map<number, number>; width: number };

function periodFigures(index: FunnelIndex, mask: Uint8Array, range: DateRange, view: FunnelQuery['view']): PeriodFigures {
  const first = periodEntries(index, mask, range, view);
  const n = mask.length;
  const stages = first.map((f) => {
    let count = 0;
    for (let c = 0; c < n; c++) if (!Number.isNaN(f[c]!)) count++;
    return count;
  });
  // The same test as `converts`, with the two columns held in locals: this loop runs per step and contact.
  const steps = funnelSteps(index).map(([a, b]) => {
    const from = first[a]!;
    const to = index.lastEntry[b]!;
    let entered = 0;
    let converted = 0;
    for (let c = 0; c < n; c++) {
      const at = from[c]!;
      if (Number.isNaN(at)) continue;
      entered++;
      if (to[c]! >= at) converted++;
    }
    return { entered, converted };
  });
  // Distinct contacts per band: a contact recycled twice in the period is one contact on that band.
  const { counts, width } = bandCounts(index, mask, range, view);
  const links = new Map<number, number>();
  counts.forEach((count, key) => count > 0 && links.set(key, count));
  return { stages, steps, links, width };
}

function count(marks: Uint8Array): number {
  let sum = 0;
  for (let c = 0; c < marks.length; c++) sum += marks[c]!;
  return sum;
}

/**
 * The funnel page in one call: per stage count, conversions (adjacent and overall), flow bands,
 * deltas against the previous period, the bottleneck (`funnelBottleneck`) and the hand-off SLA
 * facts. Activity view counts as `stageEntries` / `conversions` do; cohort view follows the
 * contacts whose first log line is in the period: per stage, how many of them entered it by
 * now, and of those that entered `from`, how many entered `to` at or after.
 */
export function funnelReport(index: FunnelIndex, query: FunnelQuery): FunnelReport {
  const mask = contactMask(index, query.filters);
  const current = periodFigures(index, mask, query.range, query.view);
  const before = query.compare === 'previous_period' ? previousRange(query.range) : null;
  const previous = before ? periodFigures(index, mask, before, query.view) : null;
  const ids = index.stages.ids;
  const steps = funnelSteps(index).map(([a, b], i): FunnelStep => {
    const { entered, converted } = current.steps[i]!;
    const currentRate = rate(converted, entered);
    const previousRate = previous ? rate(previous.steps[i]!.converted, previous.steps[i]!.entered) : null;
    return {
      from: ids[a]!,
      to: ids[b]!,
      adjacent: b === a + 1,
      entered,
      converted,
      rate: currentRate,
      previousRate,
      rateDelta: delta(currentRate, previousRate),
    };
  });
  const width = current.width;
  const keys = [...new Set([...current.links.keys(), ...(previous?.links.keys() ?? [])])].sort((a, b) => a - b);
  const flows = keys.map((key) => {
    const from = Math.floor(key / width) - 1;
    const value = current.links.get(key) ?? 0;
    const was = previous ? (previous.links.get(key) ?? 0) : null;
    return { from: from < 0 ? null : ids[from]!, to: ids[key % width]!, count: value, previous: was, delta: delta(value, was) };
  });
  const baseline = previous ? steps.map((s, i) => ({ ...s, rate: s.previousRate, entered: previous.steps[i]!.entered })) : [];
  let handOff: FunnelReport['handOff'] = null;
  if (query.handOffStageId !== undefined) {
    const now = query.now ?? query.range.to;
    const waits = handOffWaits(index, mask, query.range, query.handOffStageId, now);
    const earlier = before ? handOffWaits(index, mask, before, query.handOffStageId, now) : null;
    handOff = {
      stageId: query.handOffStageId,
      entered: count(waits.entered),
      breached: count(waits.breached),
      previousEntered: earlier ? count(earlier.entered) : null,
      previousBreached: earlier ? count(earlier.breached) : null,
    };
  }
  return {
    view: query.view,
    range: query.range,
    previousRange: before,
    stages: ids.map((stageId, s) => ({
      stageId,
      funnel: s < index.funnelSize,
      count: current.stages[s]!,
      previous: previous ? previous.stages[s]! : null,
      delta: previous ? current.stages[s]! - previous.stages[s]! : null,
    })),
    conversions: steps,
    overall: steps.find((s) => s.from === ids[0] && s.to === ids[index.funnelSize - 1]) ?? null,
    flows,
    bottleneck: funnelBottleneck(steps, baseline),
    handOff,
  };
}
