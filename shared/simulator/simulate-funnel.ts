import type { Conversion } from '../metrics/funnel';
import type { DurationStats } from '../metrics/durations';

const DAYS_PER_MONTH = 30;
const DAY_MS = 86_400_000;

/** One stage of a what-if funnel: the share that moves on to the next stage and how long it takes. */
export type SimStage = { id: string; conversionRate: number; avgDays: number };

export type SimInput = {
  /** Funnel stages in order; the last is the won stage (its own rate is ignored). */
  stages: SimStage[];
  /** New contacts entering the first stage each month. */
  monthlyVolume: number;
  averageDealValue: number;
  horizonMonths: number;
};

export type SimMonth = { month: number; entered: number[]; converted: number[]; dropped: number[]; inStage: number[]; wins: number; revenue: number };

export type SimResult = {
  months: SimMonth[];
  totalWins: number;
  totalRevenue: number;
  /** Once the funnel has filled: monthly entries per stage, wins and revenue. */
  steadyState: { entered: number[]; wins: number; revenue: number };
  /** Days from first stage to won, if every stage takes its average. */
  salesCycleDays: number;
};

/**
 * Month-by-month flow through the funnel. Contacts entering a stage leave it `avgDays` later
 * (split between two months when that is not a whole number of months); of those leaving,
 * `conversionRate` enter the next stage and the rest drop out. Nothing is lost: for every stage,
 * entered = converted + dropped + still in stage.
 */
export function simulateFunnel(input: SimInput): SimResult {
  const n = input.stages.length;
  const last = n - 1;
  // leaving[s][m]: how many leave stage s in month m.
  const leaving = input.stages.map(() => new Array<number>(input.horizonMonths + 2).fill(0));
  const inStage = new Array<number>(n).fill(0);
  const months: SimMonth[] = [];
  let totalWins = 0;
  for (let m = 0; m < input.horizonMonths; m++) {
    const entered = new Array<number>(n).fill(0);
    const converted = new Array<number>(n).fill(0);
    const dropped = new Array<number>(n).fill(0);
    entered[0] = input.monthlyVolume;
    for (let s = 0; s < n; s++) {
      if (s > 0) entered[s] = converted[s - 1]!;
      inStage[s]! += entered[s]!;
      if (s === last) continue; // won is terminal: wins stay won
      const stay = Math.max(0, input.stages[s]!.avgDays) / DAYS_PER_MONTH;
      const whole = Math.floor(stay);
      const part = stay - whole;
      leaving[s]![m + whole] = (leaving[s]![m + whole] ?? 0) + entered[s]! * (1 - part);
      leaving[s]![m + whole + 1] = (leaving[s]![m + whole + 1] ?? 0) + entered[s]! * part;
      const out = leaving[s]![m] ?? 0;
      const rate = Math.min(1, Math.max(0, input.stages[s]!.conversionRate));
      converted[s] = out * rate;
      dropped[s] = out - converted[s]!;
      inStage[s]! -= out;
    }
    const wins = entered[last]!;
    totalWins += wins;
    months.push({ month: m, entered, converted, dropped, inStage: [...inStage], wins, revenue: wins * input.averageDealValue });
  }
  const steadyEntered: number[] = [];
  input.stages.reduce((flow, stage, s) => {
    steadyEntered[s] = flow;
    return flow * Math.min(1, Math.max(0, stage.conversionRate));
  }, input.monthlyVolume);
  const steadyWins = steadyEntered[last] ?? 0;
  return {
    months,
    totalWins,
    totalRevenue: totalWins * input.averageDealValue,
    steadyState: { entered: steadyEntered, wins: steadyWins, revenue: steadyWins * input.averageDealValue },
    salesCycleDays: input.stages.slice(0, last).reduce((sum, s) => sum + s.avgDays, 0),
  };
}

/** One step's lever: raising `stageId → toStageId` by one point adds `revenueDelta` over the horizon. */
export type Sensitivity = { stageId: string; toStageId: string; revenueDelta: number };

/**
 * Which single conversion rate, raised by one percentage point, adds the most revenue over the
 * horizon: every step, largest gain first (ties keep the funnel's order, so the ranking is stable).
 * A rate already at 100 % cannot rise and gains nothing.
 */
export function sensitivity(input: SimInput): Sensitivity[] {
  const base = simulateFunnel(input).totalRevenue;
  return input.stages
    .slice(0, -1)
    .map((stage, i) => {
      const stages = input.stages.map((s, j) => (j === i ? { ...s, conversionRate: Math.min(1, s.conversionRate + 0.01) } : s));
      return { stageId: stage.id, toStageId: input.stages[i + 1]!.id, revenueDelta: simulateFunnel({ ...input, stages }).totalRevenue - base, order: i };
    })
    .sort((a, b) => b.revenueDelta - a.revenueDelta || a.order - b.order)
    .map(({ stageId, toStageId, revenueDelta }) => ({ stageId, toStageId, revenueDelta }));
}

/**
 * The inverse of the simulation: new contacts a month that make the horizon's revenue reach
 * `revenueTarget` (the flow is linear in the volume, so one run at a volume of 1 says it all);
 * null when the funnel wins nothing within the horizon (or too little to size).
 */
export function leadsNeededForRevenue(input: Omit<SimInput, 'monthlyVolume'>, revenueTarget: number): number | null {
  const perLead = simulateFunnel({ ...input, monthlyVolume: 1 }).totalRevenue;
  const needed = Math.max(0, revenueTarget) / perLead;
  // A funnel that wins nothing (or next to nothing: a rate of 1e-300) cannot be sized.
  return perLead > 0 && Number.isFinite(needed) ? needed : null;
}

/** Reverse: new contacts needed per month for a monthly revenue target once the funnel has filled; null if the funnel never wins. */
export function volumeForRevenue(stages: readonly SimStage[], averageDealValue: number, monthlyRevenueTarget: number): number | null {
  const throughput = stages.slice(0, -1).reduce((p, s) => p * Math.min(1, Math.max(0, s.conversionRate)), 1);
  if (throughput === 0 || averageDealValue <= 0) return null;
  return monthlyRevenueTarget / (averageDealValue * throughput);
}

/** Fills the simulator from the workspace: conversion rates and median days in stage of a chosen period. */
export function stagesFromMetrics(funnel: readonly string[], rates: readonly Conversion[], timeInStage: Readonly<Record<string, DurationStats>>): SimStage[] {
  const rateOf = new Map(rates.map((c) => [`${c.from}>${c.to}`, c.rate]));
  return funnel.map((id, i) => ({
    id,
    conversionRate: i < funnel.length - 1 ? (rateOf.get(`${id}>${funnel[i + 1]}`) ?? 0) : 1,
    avgDays: (timeInStage[id]?.median ?? 0) / DAY_MS,
  }));
}
