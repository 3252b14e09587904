import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Deal } from '../model/deal';
import { DAY, deal, T0 } from '../testing/fixtures';
import { winRates, winRatesTable } from './win-rates';

const month = { from: T0, to: T0 + 30 * DAY };
const closed = (id: string, status: 'won' | 'lost', day: number, overrides: Partial<Deal> = {}): Deal =>
  deal(id, { status, stageId: status, closedAt: T0 + day * DAY, ...overrides });

describe('winRates', () => {
  const deals = [
    closed('w1', 'won', 1, { ownerId: 'ae1', amount: 1000, currency: 'KRW', source: 'webinar', customFields: { product: 'Pro' } }),
    closed('w2', 'won', 2, { ownerId: 'ae1', amount: 3000, currency: 'KRW', source: 'webinar', customFields: { product: 'Pro' } }),
    closed('w3', 'won', 3, { ownerId: 'ae1', amount: 50, currency: 'USD', source: null, customFields: { product: 7 } }),
    closed('l1', 'lost', 4, { ownerId: 'ae1', source: 'webinar' }),
    closed('l2', 'lost', 5, { ownerId: 'ae2', source: 'event', customFields: { product: '' } }),
    closed('old', 'won', -3, { ownerId: 'ae2' }),
    deal('open1', { ownerId: 'ae2' }),
    closed('gone', 'won', 6, { ownerId: 'ae2', deletedAt: T0 }),
  ];

  it('gives won, lost and the win rate per owner for deals closed in the range, with the deals behind them', () => {
    const rows = winRates(deals, { by: 'owner', range: month });
    expect(rows.map((r) => [r.key, r.won.ids, r.lost.ids, r.winRate])).toEqual([
      ['ae1', ['w1', 'w2', 'w3'], ['l1'], 0.75],
      ['ae2', [], ['l2'], 0],
    ]);
  });

  it('averages won value per currency and never adds two currencies', () => {
    const ae1 = winRates(deals, { by: 'owner', range: month })[0]!;
    expect(ae1.averageWon).toEqual([
      { currency: 'KRW', average: 2000, total: 4000, deals: { count: 2, ids: ['w1', 'w2'] } },
      { currency: 'USD', average: 50, total: 50, deals: { count: 1, ids: ['w3'] } },
    ]);
  });

  it('groups by source and by the product custom field, the deals without one last', () => {
    expect(winRates(deals, { by: 'source', range: month }).map((r) => [r.key, r.won.count, r.lost.count])).toEqual([
      ['event', 0, 1],
      ['webinar', 2, 1],
      [null, 1, 0],
    ]);
    // A numeric product is a product code; an empty one names no product.
    expect(winRates(deals, { by: 'product', range: month }).map((r) => [r.key, r.won.count, r.lost.count])).toEqual([
      ['7', 1, 0],
      ['Pro', 2, 0],
      [null, 0, 2],
    ]);
  });

  it('lays the rows out as a table with one average column per currency', () => {
    const table = winRatesTable(winRates(deals, { by: 'owner', range: month }), 'owner');
    expect(table.columns.map((c) => [c.key, c.format, c.align, c.currency])).toEqual([
      ['key', 'text', 'start', undefined],
      ['won', 'count', 'end', undefined],
      ['lost', 'count', 'end', undefined],
      ['winRate', 'percent', 'end', undefined],
      ['averageWon.KRW', 'money', 'end', 'KRW'],
      ['averageWon.USD', 'money', 'end', 'USD'],
    ]);
    expect(table.rows[1]).toEqual({ key: 'ae2', won: 0, lost: 1, winRate: 0, 'averageWon.KRW': null, 'averageWon.USD': null });
    // A row opens the deals its rate is made of: those won and those lost.
    const rows = winRates(deals, { by: 'owner', range: month });
    expect(table.records).toEqual(rows.map((r) => ({ kind: 'deals', ids: [...r.won.ids, ...r.lost.ids] })));
    expect(table.records?.[1]?.ids).toHaveLength(1);
  });

  it('keeps its laws on any deals: rates in [0, 1], counts equal their ids, every closed deal in one group once (property)', () => {
    const dealArb = fc.record({
      status: fc.constantFrom('open', 'won', 'lost'),
      day: fc.integer({ min: -10, max: 40 }),
      owner: fc.constantFrom('a', 'b', null),
      currency: fc.constantFrom('KRW', 'USD'),
      amount: fc.option(fc.integer({ min: 0, max: 10_000 })),
    });
    fc.assert(
      fc.property(fc.array(dealArb, { maxLength: 40 }), fc.constantFrom('owner', 'source', 'product'), (specs, by) => {
        const list = specs.map((s, i) =>
          deal(`d${i}`, {
            status: s.status as Deal['status'],
            closedAt: s.status === 'open' ? null : T0 + s.day * DAY,
            ownerId: s.owner,
            currency: s.currency,
            amount: s.amount,
          }),
        );
        const rows = winRates(list, { by: by as 'owner', range: month });
        const inRange = list.filter((d) => d.closedAt !== null && d.closedAt >= month.from && d.closedAt < month.to);
        const seen = rows.flatMap((r) => [...r.won.ids, ...r.lost.ids]);
        expect(seen.sort()).toEqual(inRange.map((d) => d.id).sort());
        for (const r of rows) {
          expect(r.won.count).toBe(r.won.ids.length);
          expect(r.lost.count).toBe(r.lost.ids.length);
          if (r.winRate !== null) expect(r.winRate >= 0 && r.winRate <= 1).toBe(true);
          expect(r.winRate === null).toBe(r.won.count + r.lost.count === 0);
          for (const a of r.averageWon) {
            const amounts = a.deals.ids.map((id) => list.find((d) => d.id === id)!);
            expect(amounts.every((d) => d.currency === a.currency && d.status === 'won')).toBe(true);
            expect(a.average).toBeCloseTo(amounts.reduce((s, d) => s + d.amount!, 0) / amounts.length, 6);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
