import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { weightedPipeline } from '../forecast/forecast';
import { salesByStage } from '../metrics/pipeline-and-tasks';
import { DAY, deal, salesPipeline } from '../testing/fixtures';
import { forecastTable, inquiryTrendTable, leadVelocityTable, salesByStageTable, stageTimeTable } from './sales-tables';

const pipeline = salesPipeline();
const deals = [
  deal('d1', { stageId: 'contacted', amount: 1000, currency: 'KRW', expectedCloseDate: Date.UTC(2026, 1, 10) }),
  deal('d2', { stageId: 'contacted', amount: 50, currency: 'USD', expectedCloseDate: Date.UTC(2026, 1, 20) }),
  deal('d3', { stageId: 'proposal_sent', amount: 2000, currency: 'KRW', probability: 0.5, expectedCloseDate: Date.UTC(2026, 2, 1) }),
  deal('d4', { stageId: 'follow_up', amount: null, currency: 'KRW' }),
];

describe('sales tables', () => {
  it('split sales by stage per currency, which salesByStage adds together', () => {
    const table = salesByStageTable(salesByStage(deals, pipeline), deals);
    expect(table.columns.map((c) => [c.key, c.currency])).toEqual([
      ['stageId', undefined],
      ['count', undefined],
      ['amount.KRW', 'KRW'],
      ['amount.USD', 'USD'],
    ]);
    expect(table.rows.find((r) => r.stageId === 'contacted')).toEqual({ stageId: 'contacted', count: 2, 'amount.KRW': 1000, 'amount.USD': 50 });
    expect(table.rows.find((r) => r.stageId === 'won')).toEqual({ stageId: 'won', count: 0, 'amount.KRW': 0, 'amount.USD': 0 });
    // Each row opens the deals it counts.
    const contacted = table.rows.findIndex((r) => r.stageId === 'contacted');
    expect(table.records?.[contacted]).toEqual({ kind: 'deals', ids: ['d1', 'd2'] });
    expect(table.records?.length).toBe(table.rows.length);
  });

  it('give the forecast by close month with amount and weighted amount per currency', () => {
    const table = forecastTable(weightedPipeline(deals, [pipeline], 'month'), deals, [pipeline]);
    expect(table.rows).toEqual([
      { month: '2026-02', count: 2, 'amount.KRW': 1000, 'weighted.KRW': 200, 'amount.USD': 50, 'weighted.USD': 10 },
      { month: '2026-03', count: 1, 'amount.KRW': 2000, 'weighted.KRW': 1000, 'amount.USD': 0, 'weighted.USD': 0 },
      { month: 'none', count: 1, 'amount.KRW': 0, 'weighted.KRW': 0, 'amount.USD': 0, 'weighted.USD': 0 },
    ]);
    expect(table.records?.map((r) => r?.ids)).toEqual([['d1', 'd2'], ['d3'], ['d4']]);
  });

  it('match weightedPipeline exactly when one currency is in play (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom('to_contact', 'contacted', 'proposal_sent'), fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 5000 }))),
        (specs) => {
          const list = specs.map(([stageId, month, amount], i) => deal(`x${i}`, { stageId, amount, expectedCloseDate: Date.UTC(2026, month, 5) }));
          const buckets = weightedPipeline(list, [pipeline], 'month');
          const table = forecastTable(buckets, list, [pipeline]);
          buckets.forEach((b, i) => {
            expect(table.rows[i]!['amount.KRW']).toBeCloseTo(b.amount, 6);
            expect(table.rows[i]!['weighted.KRW']).toBeCloseTo(b.weighted, 6);
          });
        },
      ),
    );
  });

  it('turn durations into days and keep the stage order asked for', () => {
    const stats = { lead: { median: 2 * DAY, p90: 9 * DAY, count: 3, ids: ['a', 'b', 'c'] } };
    expect(stageTimeTable(stats, ['prospect', 'lead']).rows).toEqual([
      { stageId: 'prospect', count: 0, median: null, p90: null },
      { stageId: 'lead', count: 3, median: 2, p90: 9 },
    ]);
    expect(leadVelocityTable({ median: 30 * DAY, p90: null, count: 1, ids: ['a'] }).rows).toEqual([{ count: 1, median: 30, p90: null }]);
  });

  it('put the baseline beside each month of the inquiry → lead trend', () => {
    const table = inquiryTrendTable({ points: [{ month: '2026-01', inquiries: 4, leads: 3, rate: 0.75, medianDaysToLead: 2 }], baselineRate: 0.5 });
    expect(table.rows).toEqual([{ month: '2026-01', inquiries: 4, leads: 3, rate: 0.75, baselineRate: 0.5, medianDaysToLead: 2 }]);
    expect(table.columns.map((c) => c.format)).toEqual(['month', 'count', 'count', 'percent', 'percent', 'days']);
  });
});
