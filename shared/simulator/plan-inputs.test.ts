import { describe, expect, it } from 'vitest';
import { createDefaultLifecycle } from '../defaults/default-lifecycle';
import { calibratePlan } from './calibrate';
import { planFromDesign, stagesFromDesign } from './plan-inputs';

const lifecycle = createDefaultLifecycle(0, 'lc', 'en');
const team = [
  { role: 'ae' as const, active: true, quota: 100_000, deletedAt: null },
  { role: 'ae' as const, active: false, quota: 900_000, deletedAt: null },
  { role: 'sdr' as const, active: true, quota: null, deletedAt: null },
];

describe('planFromDesign', () => {
  it('takes the funnel stages in order, the design’s targets where it has them, and wins at the last stage', () => {
    const stages = stagesFromDesign(lifecycle, { mql: { conversionRate: 0.42, avgDays: 2 } });
    expect(stages.map((s) => s.id)).toEqual(['prospect', 'subscriber', 'lead', 'mql', 'sql', 'opportunity', 'customer']);
    expect(stages[3]).toEqual({ id: 'mql', conversionRate: 0.42, avgDays: 2 });
    expect(stages[6]).toEqual({ id: 'customer', conversionRate: 1, avgDays: 0 });
  });

  it('sizes the monthly volume to keep the volume promise, and the revenue target from active AEs’ quarterly quotas', () => {
    const withPromise = { ...lifecycle, volumeSlas: [{ id: 'v', stageId: 'mql', ownerRole: 'marketing' as const, count: 60, period: 'quarter' as const }] };
    const { input, revenueTarget } = planFromDesign(withPromise, team, 'USD');
    // 20 MQLs a month through prospect 50 % × subscriber 60 % × lead 40 % = 12 % → 167 a month.
    expect(input.monthlyVolume).toBe(167);
    expect(revenueTarget).toBe(400_000);
    expect(input.horizonMonths).toBe(12);
  });

  it('lets the roles’ targets speak first: new leads are the volume, won amount the revenue target', () => {
    const { input, revenueTarget } = planFromDesign(lifecycle, team, 'USD', [
      { metric: 'new_leads', target: 600, period: 'quarter' },
      { metric: 'won_amount', target: 50_000, period: 'month' },
    ]);
    expect(input.monthlyVolume).toBe(200);
    expect(revenueTarget).toBe(600_000);
  });

  it('without quotas still names a target the plan can be measured against', () => {
    const { revenueTarget } = planFromDesign(lifecycle, [], 'KRW');
    expect(revenueTarget).toBeGreaterThan(0);
  });
});

describe('calibratePlan', () => {
  it('puts the measured rates and days in place, keeps the design’s where the period has none, and says which', () => {
    const plan = planFromDesign(lifecycle, team, 'USD');
    const { plan: calibrated, fit } = calibratePlan(plan, {
      rates: [
        { from: 'lead', to: 'mql', rate: 0.2 },
        { from: 'mql', to: 'sql', rate: null },
      ],
      timeInStage: { mql: { median: 2 * 86_400_000, p90: null, count: 3, ids: [] } },
      monthlyVolume: 300,
      averageDealValue: null,
    });
    const byId = new Map(calibrated.input.stages.map((s) => [s.id, s]));
    expect(byId.get('lead')!.conversionRate).toBe(0.2);
    expect(byId.get('mql')).toEqual({ id: 'mql', conversionRate: 0.5, avgDays: 2 });
    expect(calibrated.input.monthlyVolume).toBe(300);
    expect(calibrated.input.averageDealValue).toBe(plan.input.averageDealValue);
    expect(fit).toEqual({ rates: ['lead'], days: ['mql'], volume: true, dealValue: false });
  });
});
