import type { LifecycleDefinition } from '../model/lifecycle';
import { stageRolesOf } from '../demo/stage-roles';
import type { DesignTargets } from './plan-inputs';

/** A role's target as a design states it (metric, figure, per month or quarter). */
export type RoleKpiGoal = { metric: string; target: number; period: 'month' | 'quarter' };

/** What a design's role targets say about the simulator's inputs. */
export type TargetsFromRoles = {
  stages: DesignTargets;
  monthlyVolume: number | null;
  averageDealValue: number | null;
  /** A year's revenue. */
  revenueTarget: number | null;
};

const perMonth = (goal: RoleKpiGoal) => goal.target / (goal.period === 'quarter' ? 3 : 1);

/**
 * Reads the simulator's figures out of the roles' targets (DOMAIN.md §5): new leads a month are the
 * volume; MQLs, SQLs (or meetings), opportunities and wins a month are counts at the hand-off,
 * accepted, opportunity and won stages, and the rate between two counted stages is spread evenly
 * over the steps between them; a win rate fills the opportunity → won steps no count decided; won
 * amount is the revenue target, and divided by wins the average deal.
 */
export function targetsFromRoleGoals(
  lifecycle: Pick<LifecycleDefinition, 'stages' | 'handOffStageId' | 'acceptedStageId'>,
  goals: readonly RoleKpiGoal[],
): TargetsFromRoles {
  const goal = (metric: string) => goals.find((g) => g.metric === metric && g.target > 0) ?? null;
  const funnel = lifecycle.stages.filter((s) => s.kind === 'funnel').map((s) => s.id);
  const roles = stageRolesOf(lifecycle);
  const counts = new Map<number, number>();
  const count = (stageId: string | null, ...metrics: string[]) => {
    const at = stageId === null ? -1 : funnel.indexOf(stageId);
    const found = metrics.map(goal).find((g) => g !== null);
    if (at >= 0 && found && !counts.has(at)) counts.set(at, perMonth(found));
  };
  const newLeads = goal('new_leads');
  if (newLeads) counts.set(0, perMonth(newLeads));
  count(roles.handOff, 'mqls');
  count(roles.accepted, 'sqls', 'meetings');
  count(roles.opportunity, 'opportunities');
  count(roles.won, 'wins');
  const stages: Record<string, { conversionRate: number }> = {};
  const points = [...counts].sort(([a], [b]) => a - b);
  for (let k = 1; k < points.length; k++) {
    const [i, a] = points[k - 1]!;
    const [j, b] = points[k]!;
    const rate = Math.min(1, Math.max(0, (b / a) ** (1 / (j - i))));
    for (let s = i; s < j; s++) stages[funnel[s]!] = { conversionRate: rate };
  }
  const winRate = goal('win_rate');
  const from = roles.opportunity === null ? -1 : funnel.indexOf(roles.opportunity);
  const to = funnel.indexOf(roles.won);
  if (winRate && from >= 0 && to > from) {
    const rate = Math.min(1, winRate.target) ** (1 / (to - from));
    for (let s = from; s < to; s++) stages[funnel[s]!] ??= { conversionRate: rate };
  }
  const wonAmount = goal('won_amount');
  const wins = goal('wins');
  return {
    stages,
    monthlyVolume: newLeads ? perMonth(newLeads) : null,
    averageDealValue: wonAmount && wins ? perMonth(wonAmount) / perMonth(wins) : null,
    revenueTarget: wonAmount ? perMonth(wonAmount) * 12 : null,
  };
}
