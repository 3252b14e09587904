import type { LifecycleDefinition } from '../model/lifecycle';
import type { TeamMember } from '../model/team-member';
import { targetsFromRoleGoals, type RoleKpiGoal } from './role-targets';
import type { SimInput, SimStage } from './simulate-funnel';

/**
 * What a design promises for a stage: the share that should move on to the next funnel stage and
 * the days a contact should spend in it. Either may be missing; the simulator falls back to its
 * own starting figures then.
 */
export type StageTarget = { conversionRate?: number; avgDays?: number };

/** A design's targets, keyed by stage id. */
export type DesignTargets = Readonly<Record<string, StageTarget>>;

/** The simulator's inputs with the revenue target the leads-needed answer is for. */
export type SimPlan = { input: SimInput; revenueTarget: number };

const DAYS_PER_MONTH = 30;

/** Starting figures for the canonical stages (DOMAIN.md §1) when a design sets no target: typical B2B rates. */
const startingRates: Readonly<Record<string, number>> = { prospect: 0.5, subscriber: 0.6, lead: 0.4, mql: 0.5, sql: 0.6, opportunity: 0.3 };
const startingDays: Readonly<Record<string, number>> = { prospect: 14, subscriber: 21, lead: 21, mql: 3, sql: 14, opportunity: 45 };
const otherRate = 0.5;
const otherDays = 14;

/** A believable average deal for a currency with no deals to learn from. */
export function startingDealValue(currency: string): number {
  if (currency === 'KRW') return 30_000_000;
  if (currency === 'JPY') return 3_000_000;
  return 25_000;
}

const clampRate = (rate: number) => Math.min(1, Math.max(0, rate));

/** The funnel stages of a lifecycle in order, each with the design's target or the starting figure. */
export function stagesFromDesign(lifecycle: Pick<LifecycleDefinition, 'stages'>, targets: DesignTargets = {}): SimStage[] {
  const funnel = lifecycle.stages.filter((s) => s.kind === 'funnel');
  return funnel.map((stage, i) => {
    const last = i === funnel.length - 1;
    const target = targets[stage.id] ?? {};
    return {
      id: stage.id,
      conversionRate: last ? 1 : clampRate(target.conversionRate ?? startingRates[stage.id] ?? otherRate),
      avgDays: last ? 0 : Math.max(0, target.avgDays ?? startingDays[stage.id] ?? otherDays),
    };
  });
}

/**
 * The simulator's starting plan from a design. Its roles' targets come first (new leads, MQLs, SQLs,
 * opportunities and wins a month, win rate, won amount: see `targetsFromRoleGoals`); then its volume
 * promises (marketing delivers N MQLs a quarter) size the monthly volume once the funnel has filled,
 * and the active AEs' quarterly quotas make a year's revenue target; what none of them says keeps
 * the starting figures.
 */
export function planFromDesign(
  lifecycle: Pick<LifecycleDefinition, 'stages' | 'volumeSlas' | 'handOffStageId' | 'acceptedStageId'>,
  team: readonly Pick<TeamMember, 'role' | 'active' | 'quota' | 'deletedAt'>[],
  currency: string,
  goals: readonly RoleKpiGoal[] = [],
): SimPlan {
  const fromRoles = targetsFromRoleGoals(lifecycle, goals);
  const stages = stagesFromDesign(lifecycle, fromRoles.stages);
  let monthlyVolume = fromRoles.monthlyVolume ?? 1000;
  const promise = lifecycle.volumeSlas.find((v) => stages.some((s) => s.id === v.stageId));
  if (promise && fromRoles.monthlyVolume === null) {
    const at = stages.findIndex((s) => s.id === promise.stageId);
    const reach = stages.slice(0, at).reduce((p, s) => p * s.conversionRate, 1);
    const perMonth = promise.count / (promise.period === 'quarter' ? 3 : 1);
    if (reach > 0) monthlyVolume = Math.ceil(perMonth / reach);
  }
  const averageDealValue = fromRoles.averageDealValue ?? startingDealValue(currency);
  const quotas = team.filter((m) => m.deletedAt === null && m.active && m.role === 'ae' && m.quota !== null).reduce((sum, m) => sum + m.quota!, 0);
  const input: SimInput = { stages, monthlyVolume, averageDealValue, horizonMonths: 12 };
  return { input, revenueTarget: fromRoles.revenueTarget ?? (quotas > 0 ? quotas * 4 : defaultRevenueTarget(input)) };
}

/** Without quotas: half as much again as the plan wins in its year, in round figures. */
function defaultRevenueTarget(input: SimInput): number {
  const throughput = input.stages.slice(0, -1).reduce((p, s) => p * s.conversionRate, 1);
  const yearly = input.monthlyVolume * throughput * input.averageDealValue * input.horizonMonths * 1.5;
  if (yearly <= 0) return input.averageDealValue * 10;
  const unit = 10 ** Math.max(0, Math.floor(Math.log10(yearly)) - 1);
  return Math.round(yearly / unit) * unit;
}

/** Months a period spans, for a monthly volume read from it (at least a day's worth). */
export function monthsIn(range: { from: number; to: number }): number {
  return Math.max(1 / DAYS_PER_MONTH, (range.to - range.from) / (DAYS_PER_MONTH * 86_400_000));
}
