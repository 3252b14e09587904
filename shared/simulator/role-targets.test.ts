import { describe, expect, it } from 'vitest';
import { createDefaultLifecycle } from '../defaults/default-lifecycle';
import { targetsFromRoleGoals } from './role-targets';

const lifecycle = createDefaultLifecycle(0, 'lc');

describe('targetsFromRoleGoals', () => {
  it('turns counts a month at two stages into the rate of each step between them', () => {
    const read = targetsFromRoleGoals(lifecycle, [
      { metric: 'new_leads', target: 1000, period: 'month' },
      // 90 MQLs a quarter = 30 a month, three steps after prospect: (30/1000)^(1/3) each.
      { metric: 'mqls', target: 90, period: 'quarter' },
      { metric: 'sqls', target: 15, period: 'month' },
    ]);
    expect(read.monthlyVolume).toBe(1000);
    for (const id of ['prospect', 'subscriber', 'lead']) expect(read.stages[id]!.conversionRate).toBeCloseTo(0.03 ** (1 / 3), 9);
    expect(read.stages['mql']!.conversionRate).toBeCloseTo(0.5, 9);
    expect(read.stages['sql']).toBeUndefined();
  });

  it('fills opportunity → customer from the win rate, and the revenue target and deal size from won amount and wins', () => {
    const read = targetsFromRoleGoals(lifecycle, [
      { metric: 'win_rate', target: 0.25, period: 'quarter' },
      { metric: 'won_amount', target: 300_000, period: 'quarter' },
      { metric: 'wins', target: 6, period: 'quarter' },
    ]);
    expect(read.stages['opportunity']!.conversionRate).toBe(0.25);
    expect(read.revenueTarget).toBe(1_200_000);
    expect(read.averageDealValue).toBe(50_000);
    expect(read.monthlyVolume).toBeNull();
  });

  it('says nothing it was not told', () => {
    expect(targetsFromRoleGoals(lifecycle, [])).toEqual({ stages: {}, monthlyVolume: null, averageDealValue: null, revenueTarget: null });
  });
});
