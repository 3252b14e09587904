import type { DurationStats } from '../metrics/durations';
import type { SimPlan } from './plan-inputs';

const DAY_MS = 86_400_000;

/** What the workspace measured for a period: the figures the simulator can be calibrated from. */
export type MeasuredFunnel = {
  /** Adjacent steps' conversion rates (null: nobody entered the step in the period). */
  rates: readonly { from: string; to: string; rate: number | null }[];
  timeInStage: Readonly<Record<string, DurationStats>>;
  /** New contacts a month entering the first funnel stage in the period; null: none. */
  monthlyVolume: number | null;
  /** Average amount of the deals won in the period in the workspace currency; null: none won. */
  averageDealValue: number | null;
};

/** Which inputs came from the workspace (the rest kept the design's figures). */
export type CalibrationFit = { rates: string[]; days: string[]; volume: boolean; dealValue: boolean };

/**
 * The design's plan with what the workspace measured put in its place: each stage's conversion
 * rate and median days in stage where the period has them; monthly volume and average deal value
 * likewise. A figure the period does not have keeps the design's, and the fit says which came from where.
 */
export function calibratePlan(plan: SimPlan, measured: MeasuredFunnel): { plan: SimPlan; fit: CalibrationFit } {
  const rateOf = new Map(measured.rates.map((r) => [`${r.from}>${r.to}`, r.rate]));
  const fit: CalibrationFit = { rates: [], days: [], volume: false, dealValue: false };
  const { stages } = plan.input;
  const calibrated = stages.map((stage, i) => {
    if (i === stages.length - 1) return stage;
    const rate = rateOf.get(`${stage.id}>${stages[i + 1]!.id}`) ?? null;
    const median = measured.timeInStage[stage.id]?.median ?? null;
    if (rate !== null) fit.rates.push(stage.id);
    if (median !== null) fit.days.push(stage.id);
    return { id: stage.id, conversionRate: rate ?? stage.conversionRate, avgDays: median !== null ? median / DAY_MS : stage.avgDays };
  });
  fit.volume = measured.monthlyVolume !== null && measured.monthlyVolume > 0;
  fit.dealValue = measured.averageDealValue !== null && measured.averageDealValue > 0;
  return {
    plan: {
      ...plan,
      input: {
        ...plan.input,
        stages: calibrated,
        monthlyVolume: fit.volume ? measured.monthlyVolume! : plan.input.monthlyVolume,
        averageDealValue: fit.dealValue ? measured.averageDealValue! : plan.input.averageDealValue,
      },
    },
    fit,
  };
}
