import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DealMove } from '../model/deal-move';
import { DAY, deal, salesPipeline, T0 } from '../testing/fixtures';
import { dealTimeInStage, dealTimeInStageTable } from './deal-time-in-stage';

const pipeline = salesPipeline();
let n = 0;
const move = (dealId: string, from: string | null, to: string, day: number, overrides: Partial<DealMove> = {}): DealMove => ({
  id: `m${++n}`,
  createdAt: T0 + day * DAY,
  updatedAt: T0 + day * DAY,
  deletedAt: null,
  dealId,
  pipelineId: 'p',
  from,
  to,
  at: T0 + day * DAY,
  byMemberId: null,
  ...overrides,
});
const month = { from: T0, to: T0 + 30 * DAY };
const days = (rows: ReturnType<typeof dealTimeInStage>, stageId: string) => rows.find((r) => r.stageId === stageId)!.days;

describe('dealTimeInStage', () => {
  // d1: to_contact d0 → contacted d2 → follow_up d6 → won d10
  // d2: to_contact d1 → contacted d4, still there (open)
  // d3: to_contact d-20 → contacted d-18 (left before the range) → lost d3 while in contacted
  const deals = [
    deal('d1', { stageId: 'won', status: 'won', closedAt: T0 + 10 * DAY }),
    deal('d2', { stageId: 'contacted' }),
    deal('d3', { stageId: 'contacted', status: 'lost', closedAt: T0 + 3 * DAY }),
  ];
  const moves = [
    move('d1', null, 'to_contact', 0),
    move('d1', 'to_contact', 'contacted', 2),
    move('d1', 'contacted', 'follow_up', 6),
    move('d1', 'follow_up', 'won', 10),
    move('d2', null, 'to_contact', 1),
    move('d2', 'to_contact', 'contacted', 4),
    move('d3', null, 'to_contact', -20),
    move('d3', 'to_contact', 'contacted', -18),
  ];

  it('measures stays that ended in the range, per open stage in pipeline order, with the deals behind them', () => {
    const rows = dealTimeInStage(moves, deals, pipeline, month);
    expect(rows.map((r) => r.stageId)).toEqual(pipeline.stages.filter((s) => s.outcome === 'open').map((s) => s.id));
    // to_contact: d1 2 days, d2 3 days (d3 left it before the range).
    expect(days(rows, 'to_contact')).toEqual({ median: 2, p90: 3, count: 2, ids: ['d1', 'd2'] });
    // contacted: d1 4 days; d3 closed there after 21 days; d2 is still there, so it has no length yet.
    expect(days(rows, 'contacted')).toEqual({ median: 4, p90: 21, count: 2, ids: ['d1', 'd3'] });
    expect(days(rows, 'follow_up')).toEqual({ median: 4, p90: 4, count: 1, ids: ['d1'] });
    expect(days(rows, 'proposal_sent')).toEqual({ median: null, p90: null, count: 0, ids: [] });
    // d2 is still in contacted, waiting since day 4 as of the range's end.
    expect(rows.find((r) => r.stageId === 'contacted')!.waiting).toEqual({ median: 26, p90: 26, count: 1, ids: ['d2'] });
    // As of day 10, d2 has waited 6 days; and it is the only deal still waiting anywhere.
    const early = dealTimeInStage(moves, deals, pipeline, month, T0 + 10 * DAY);
    expect(early.find((r) => r.stageId === 'contacted')!.waiting).toEqual({ median: 6, p90: 6, count: 1, ids: ['d2'] });
    expect(early.flatMap((r) => r.waiting.ids)).toEqual(['d2']);
    // As of day 3, d1 was in contacted (since day 2) and d2 in to_contact (since day 1).
    const earlier = dealTimeInStage(moves, deals, pipeline, month, T0 + 3 * DAY);
    expect(earlier.find((r) => r.stageId === 'to_contact')!.waiting).toMatchObject({ count: 1, ids: ['d2'], median: 2 });
    expect(earlier.find((r) => r.stageId === 'contacted')!.waiting).toMatchObject({ ids: ['d1'], median: 1 });
  });

  it('ignores deleted moves and deals, and other pipelines', () => {
    const rows = dealTimeInStage(
      [...moves, move('d2', 'contacted', 'follow_up', 5, { deletedAt: T0 }), move('d9', null, 'to_contact', 0, { pipelineId: 'other' })],
      [...deals, deal('d9', { pipelineId: 'other', deletedAt: T0 })],
      pipeline,
      month,
    );
    expect(rows).toEqual(dealTimeInStage(moves, deals, pipeline, month));
  });

  it('lays out as a table of count, median and p90 days', () => {
    const table = dealTimeInStageTable(dealTimeInStage(moves, deals, pipeline, month));
    expect(table.rows[0]).toEqual({ stageId: 'to_contact', count: 2, median: 2, p90: 3, waiting: 0, waitingMedian: null });
    expect(table.columns.map((c) => c.format)).toEqual(['text', 'count', 'days', 'days', 'count', 'days']);
    expect(table.records?.[1]).toEqual({ kind: 'deals', ids: ['d2'] });
  });

  it('keeps its laws on any history: one id per measured stay, median ≤ p90, no negative days (property)', () => {
    const open = pipeline.stages.filter((s) => s.outcome === 'open').map((s) => s.id);
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            steps: fc.array(fc.tuple(fc.constantFrom(...open), fc.integer({ min: 0, max: 15 })), { minLength: 1, maxLength: 6 }),
            start: fc.integer({ min: -20, max: 25 }),
            closed: fc.boolean(),
          }),
          {
            maxLength: 15,
          },
        ),
        (specs) => {
          const ds = specs.map((s, i) => deal(`d${i}`, s.closed ? { status: 'lost', closedAt: T0 + (s.start + 100) * DAY } : {}));
          const ms = specs.flatMap((s, i) => {
            let day = s.start;
            return s.steps.map(([stage, gap], k) => move(`d${i}`, k === 0 ? null : s.steps[k - 1]![0], stage, (day += gap)));
          });
          for (const r of dealTimeInStage(ms, ds, pipeline, { from: T0 - 30 * DAY, to: T0 + 200 * DAY })) {
            expect(r.days.count).toBe(r.days.ids.length);
            if (r.days.count > 0) expect(r.days.median! <= r.days.p90! && r.days.median! >= 0).toBe(true);
            else expect(r.days.median).toBeNull();
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});
