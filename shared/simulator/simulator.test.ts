import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sensitivity, simulateFunnel, stagesFromMetrics, volumeForRevenue, type SimInput } from './simulate-funnel';

const input: SimInput = {
  stages: [
    { id: 'lead', conversionRate: 0.4, avgDays: 15 },
    { id: 'mql', conversionRate: 0.5, avgDays: 30 },
    { id: 'opportunity', conversionRate: 0.25, avgDays: 45 },
    { id: 'customer', conversionRate: 1, avgDays: 0 },
  ],
  monthlyVolume: 1000,
  averageDealValue: 10_000,
  horizonMonths: 24,
};

describe('simulateFunnel', () => {
  it('reaches the steady state: 1,000 leads × 40% × 50% × 25% = 50 wins a month', () => {
    const result = simulateFunnel(input);
    expect(result.steadyState.wins).toBeCloseTo(50);
    expect(result.steadyState.revenue).toBeCloseTo(500_000);
    expect(result.months[23]!.wins).toBeCloseTo(50);
    expect(result.months[0]!.wins).toBe(0);
    expect(result.salesCycleDays).toBe(90);
  });

  it('conserves contacts: entered = converted + dropped + still in stage, for any funnel (property)', () => {
    const stage = fc.record({
      id: fc.string(),
      conversionRate: fc.double({ min: 0, max: 1, noNaN: true }),
      avgDays: fc.double({ min: 0, max: 120, noNaN: true }),
    });
    fc.assert(
      fc.property(
        fc.array(stage, { minLength: 2, maxLength: 6 }),
        fc.integer({ min: 1, max: 5000 }),
        fc.integer({ min: 1, max: 36 }),
        (stages, monthlyVolume, horizonMonths) => {
          const result = simulateFunnel({ stages, monthlyVolume, averageDealValue: 1, horizonMonths });
          const sum = (s: number, key: 'entered' | 'converted' | 'dropped') => result.months.reduce((total, m) => total + m[key][s]!, 0);
          const end = result.months[result.months.length - 1]!;
          stages.forEach((_, s) => {
            expect(sum(s, 'entered')).toBeCloseTo(sum(s, 'converted') + sum(s, 'dropped') + end.inStage[s]!, 6);
            if (s > 0) expect(sum(s, 'entered')).toBeCloseTo(sum(s - 1, 'converted'), 6);
          });
          expect(sum(0, 'entered')).toBeCloseTo(monthlyVolume * horizonMonths, 6);
        },
      ),
    );
  });

  it('names the conversion rate whose +1 point moves revenue most', () => {
    const ranked = sensitivity(input);
    // +1 point on the lowest rate (25%) is the largest relative gain.
    expect(ranked[0]!.stageId).toBe('opportunity');
    expect(ranked.every((r) => r.revenueDelta > 0)).toBe(true);
  });

  it('works backwards from a revenue target', () => {
    expect(volumeForRevenue(input.stages, 10_000, 1_000_000)).toBeCloseTo(2000);
    expect(
      volumeForRevenue(
        [
          { id: 'a', conversionRate: 0, avgDays: 1 },
          { id: 'b', conversionRate: 1, avgDays: 0 },
        ],
        10,
        100,
      ),
    ).toBeNull();
  });

  it('fills its stages from workspace metrics', () => {
    const stages = stagesFromMetrics(
      ['lead', 'mql', 'customer'],
      [
        { from: 'lead', to: 'mql', adjacent: true, entered: { count: 10, ids: [] }, converted: { count: 4, ids: [] }, rate: 0.4 },
        { from: 'mql', to: 'customer', adjacent: true, entered: { count: 4, ids: [] }, converted: { count: 1, ids: [] }, rate: 0.25 },
      ],
      { lead: { median: 3 * 86_400_000, p90: null, count: 1, ids: [] } },
    );
    expect(stages).toEqual([
      { id: 'lead', conversionRate: 0.4, avgDays: 3 },
      { id: 'mql', conversionRate: 0.25, avgDays: 0 },
      { id: 'customer', conversionRate: 1, avgDays: 0 },
    ]);
  });
});
