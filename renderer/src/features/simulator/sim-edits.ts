import type { SimPlan } from '@shared/index';
import type { SimEdits } from './simulator-store';

/** The starting plan with the user's changes on top (a stage the design no longer has is ignored). */
export function withEdits(plan: SimPlan, edits: SimEdits): SimPlan {
  const last = plan.input.stages.length - 1;
  return {
    revenueTarget: edits.target ?? plan.revenueTarget,
    input: {
      ...plan.input,
      monthlyVolume: edits.volume ?? plan.input.monthlyVolume,
      averageDealValue: edits.dealValue ?? plan.input.averageDealValue,
      stages: plan.input.stages.map((s, i) =>
        i === last ? s : { ...s, conversionRate: edits.rates[s.id] ?? s.conversionRate, avgDays: edits.days[s.id] ?? s.avgDays },
      ),
    },
  };
}
