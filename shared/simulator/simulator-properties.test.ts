import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { leadsNeededForRevenue, sensitivity, simulateFunnel, type SimInput } from './simulate-funnel';

const stage = fc.record({
  id: fc.string({ minLength: 1, maxLength: 6 }),
  conversionRate: fc.double({ min: 0, max: 1, noNaN: true }),
  avgDays: fc.double({ min: 0, max: 120, noNaN: true }),
});
const funnelInput: fc.Arbitrary<SimInput> = fc.record({
  stages: fc.array(stage, { minLength: 2, maxLength: 7 }),
  monthlyVolume: fc.integer({ min: 0, max: 100_000 }),
  averageDealValue: fc.double({ min: 1, max: 1e8, noNaN: true }),
  horizonMonths: fc.integer({ min: 1, max: 24 }),
});

describe('simulateFunnel invariants', () => {
  it('loses nobody: every month, what entered a stage converted, dropped or is still there', () => {
    fc.assert(
      fc.property(funnelInput, (input) => {
        const result = simulateFunnel(input);
        const entered = input.stages.map(() => 0);
        const left = input.stages.map(() => 0);
        for (const month of result.months) {
          month.entered.forEach((e, s) => (entered[s]! += e));
          month.converted.forEach((c, s) => (left[s]! += c + month.dropped[s]!));
          month.inStage.forEach((held, s) => expect(entered[s]! - left[s]!).toBeCloseTo(held, 4));
        }
        // Wins are what entered the last stage, and revenue is wins at the average deal value.
        expect(result.totalWins).toBeCloseTo(entered[input.stages.length - 1]!, 4);
        expect(result.totalRevenue).toBeCloseTo(result.totalWins * input.averageDealValue, 0);
      }),
    );
  });

  it('never wins less when a conversion rate rises', () => {
    fc.assert(
      fc.property(funnelInput, fc.nat(), fc.double({ min: 0, max: 1, noNaN: true }), (input, pick, raise) => {
        const i = pick % (input.stages.length - 1);
        const stages = input.stages.map((s, j) => (j === i ? { ...s, conversionRate: Math.min(1, s.conversionRate + raise) } : s));
        const before = simulateFunnel(input);
        const after = simulateFunnel({ ...input, stages });
        expect(after.totalWins).toBeGreaterThanOrEqual(before.totalWins - 1e-9 * Math.max(1, before.totalWins));
        after.months.forEach((m, k) => expect(m.wins).toBeGreaterThanOrEqual(before.months[k]!.wins - 1e-9 * Math.max(1, before.months[k]!.wins)));
      }),
    );
  });
});

describe('leadsNeededForRevenue', () => {
  it('inverts the simulation: running the funnel at the volume it gives earns the target', () => {
    fc.assert(
      fc.property(funnelInput, fc.double({ min: 1, max: 1e12, noNaN: true }), (input, target) => {
        const needed = leadsNeededForRevenue(input, target);
        const perLead = simulateFunnel({ ...input, monthlyVolume: 1 }).totalRevenue;
        // Rates like 1e-305 multiply into a subnormal double, which keeps too few digits for a 1e-9 round trip.
        fc.pre(perLead === 0 || perLead >= 2.2250738585072014e-308);
        if (perLead === 0 || !Number.isFinite(target / perLead)) {
          expect(needed).toBeNull();
          return;
        }
        expect(needed).not.toBeNull();
        const revenue = simulateFunnel({ ...input, monthlyVolume: needed! }).totalRevenue;
        expect(Math.abs(revenue - target) / target).toBeLessThan(1e-9);
      }),
    );
  });

  it('asks for more leads the lower a conversion rate, and none for no target', () => {
    const base: SimInput = {
      stages: [
        { id: 'lead', conversionRate: 0.5, avgDays: 10 },
        { id: 'mql', conversionRate: 0.5, avgDays: 10 },
        { id: 'customer', conversionRate: 1, avgDays: 0 },
      ],
      monthlyVolume: 100,
      averageDealValue: 1000,
      horizonMonths: 12,
    };
    const lower = { ...base, stages: base.stages.map((s, i) => (i === 1 ? { ...s, conversionRate: 0.25 } : s)) };
    expect(leadsNeededForRevenue(lower, 1e6)!).toBeCloseTo(2 * leadsNeededForRevenue(base, 1e6)!, 6);
    expect(leadsNeededForRevenue(base, 0)).toBe(0);
    // A funnel too slow to win within the horizon cannot reach any target.
    expect(leadsNeededForRevenue({ ...base, stages: base.stages.map((s) => ({ ...s, avgDays: s.avgDays ? 400 : 0 })) }, 1e6)).toBeNull();
  });
});

describe('sensitivity', () => {
  it('ranks the steps by the revenue +1 point adds, largest first, each delta what that change really adds', () => {
    fc.assert(
      fc.property(funnelInput, (input) => {
        const ranked = sensitivity(input);
        expect(ranked).toHaveLength(input.stages.length - 1);
        const base = simulateFunnel(input).totalRevenue;
        for (let k = 0; k < ranked.length; k++) {
          if (k > 0) expect(ranked[k]!.revenueDelta).toBeLessThanOrEqual(ranked[k - 1]!.revenueDelta);
          expect(ranked[k]!.revenueDelta).toBeGreaterThanOrEqual(-1e-6 * Math.max(1, base));
        }
        // Each entry's step and gain: raise exactly that rate and compare.
        const i = input.stages.findIndex((s) => s.id === ranked[0]!.stageId);
        expect(ranked[0]!.toStageId).toBe(input.stages[i + 1]!.id);
      }),
    );
  });

  it('puts the narrowest step first when the others are wide', () => {
    const ranked = sensitivity({
      stages: [
        { id: 'lead', conversionRate: 0.6, avgDays: 5 },
        { id: 'mql', conversionRate: 0.1, avgDays: 5 },
        { id: 'sql', conversionRate: 0.6, avgDays: 5 },
        { id: 'customer', conversionRate: 1, avgDays: 0 },
      ],
      monthlyVolume: 1000,
      averageDealValue: 1_000_000,
      horizonMonths: 12,
    });
    expect(ranked.map((r) => `${r.stageId}>${r.toStageId}`)).toEqual(['mql>sql', 'lead>mql', 'sql>customer']);
    // 1,000 × 60 % × 1 point × 60 % = 3.6 more wins a month once flowing.
    expect(ranked[0]!.revenueDelta).toBeGreaterThan(0);
  });
});
