import { describe, expect, it } from 'vitest';
import { DAY, deal, salesPipeline, T0, teamMember } from '../testing/fixtures';
import { quotaAttainment, rottingDeals, weightedPipeline } from './forecast';

const pipeline = salesPipeline();

describe('weightedPipeline', () => {
  const deals = [
    deal('a', { stageId: 'contacted', expectedCloseDate: Date.UTC(2026, 1, 10) }), // 20%
    deal('b', { stageId: 'proposal_sent', amount: 2000, expectedCloseDate: Date.UTC(2026, 1, 20), ownerId: 'ae2' }), // 80%
    deal('c', { stageId: 'contacted', probability: 0.5, expectedCloseDate: Date.UTC(2026, 2, 1) }), // override beats stage
    deal('d', { stageId: 'won', status: 'won' }),
  ];
  it('weights open deals by probability, the deal override beating the stage, by close month', () => {
    expect(weightedPipeline(deals, [pipeline], 'month')).toEqual([
      { key: '2026-02', amount: 3000, weighted: 200 + 1600, deals: { count: 2, ids: ['a', 'b'] } },
      { key: '2026-03', amount: 1000, weighted: 500, deals: { count: 1, ids: ['c'] } },
    ]);
  });
  it('groups by owner, and by close month in the workspace zone', () => {
    expect(weightedPipeline(deals, [pipeline], 'owner').map((b) => [b.key, b.weighted])).toEqual([
      ['ae1', 700],
      ['ae2', 1600],
    ]);
    // 2026-02-28 20:00 UTC is already March in Seoul.
    const late = [deal('e', { expectedCloseDate: Date.UTC(2026, 1, 28, 20) })];
    expect(weightedPipeline(late, [pipeline], 'month', 'Asia/Seoul')[0]!.key).toBe('2026-03');
  });
});

describe('rottingDeals', () => {
  it('flags open deals idle beyond their stage limit; a logged touch resets the clock; won/lost never rot', () => {
    const now = T0 + 30 * DAY;
    const deals = [
      deal('idle', { stageEnteredAt: T0 }),
      deal('touched', { stageEnteredAt: T0, lastActivityAt: T0 + 20 * DAY }),
      deal('moved', { stageEnteredAt: T0 + 25 * DAY }),
      deal('won', { stageId: 'won', status: 'won', stageEnteredAt: T0 }),
    ];
    expect(rottingDeals(deals, [pipeline], now)).toEqual([{ dealId: 'idle', stageId: 'contacted', idleDays: 30, limitDays: 14 }]);
  });
});

describe('quotaAttainment', () => {
  it('compares won amount in the period with each rep’s quota', () => {
    const team = [teamMember('ae1', { role: 'ae', quota: 4000 })];
    const deals = [deal('w1', { status: 'won', stageId: 'won', closedAt: T0 + DAY }), deal('w2', { status: 'won', stageId: 'won', closedAt: T0 - 40 * DAY })];
    expect(quotaAttainment(deals, team, { from: T0, to: T0 + 30 * DAY })).toEqual([
      { memberId: 'ae1', quota: 4000, won: 1000, attainment: 0.25, deals: { count: 1, ids: ['w1'] } },
    ]);
  });
});
