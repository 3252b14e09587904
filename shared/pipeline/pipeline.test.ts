import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createDefaultPipelines } from '../defaults/default-pipelines';
import type { Deal } from '../model/deal';
import { boardBottleneck, boardColumns, dealHealth, withMovedDeals } from './board';
import { timeInDealStages, walkedDealMoves } from './deal-history';
import { dealLostReasons, planDealMove } from './plan-deal-move';
import { checkStageEdit, newStageId, untakenStageName } from './edit-stages';
import { checkPipelineDelete, checkPipelineName, stagesForNewPipeline } from './edit-pipelines';
import { editDeal } from './edit-deal';

const DAY = 86_400_000;
const [sales] = createDefaultPipelines(0, { sales: 'p-sales' });
const pipeline = sales!;

const deal = (over: Partial<Deal> = {}): Deal => ({
  id: 'd1',
  createdAt: 0,
  updatedAt: 0,
  deletedAt: null,
  title: 'Rollout',
  pipelineId: pipeline.id,
  stageId: 'to_contact',
  amount: null,
  currency: 'USD',
  expectedCloseDate: null,
  ownerId: 'ae1',
  contactIds: ['c1'],
  primaryContactId: 'c1',
  companyId: null,
  source: null,
  probability: null,
  status: 'open',
  lostReason: null,
  stageEnteredAt: 0,
  lastActivityAt: null,
  closedAt: null,
  customFields: {},
  ...over,
});

describe('moving a deal between stages', () => {
  it('asks for what the target stage requires instead of failing, and takes it from the drop', () => {
    const refused = planDealMove(deal(), pipeline, { toStageId: 'proposal_sent' }, DAY, 'ae1');
    expect(refused).toEqual({ ok: false, refusal: { code: 'needs', needs: ['amount', 'close_date'] } });
    const moved = planDealMove(deal(), pipeline, { toStageId: 'proposal_sent', amount: 5000, expectedCloseDate: 30 * DAY }, DAY, 'ae1');
    expect(moved.ok && moved.deal).toMatchObject({ stageId: 'proposal_sent', amount: 5000, expectedCloseDate: 30 * DAY, stageEnteredAt: DAY, status: 'open' });
    expect(moved.ok && moved.move).toEqual({ dealId: 'd1', pipelineId: pipeline.id, from: 'to_contact', to: 'proposal_sent', at: DAY, byMemberId: 'ae1' });
  });

  it('Won closes the deal; Lost needs a reason; closed deals, archived and unknown stages refuse', () => {
    const won = planDealMove(deal({ amount: 100 }), pipeline, { toStageId: 'won' }, DAY, null);
    expect(won.ok && won.deal).toMatchObject({ status: 'won', closedAt: DAY, lostReason: null });
    expect(planDealMove(deal(), pipeline, { toStageId: 'lost' }, DAY, null)).toEqual({ ok: false, refusal: { code: 'needs', needs: ['lost_reason'] } });
    const lost = planDealMove(deal(), pipeline, { toStageId: 'lost', lostReason: 'bad_timing' }, DAY, null);
    expect(lost.ok && lost.deal).toMatchObject({ status: 'lost', lostReason: 'bad_timing' });
    expect(planDealMove(deal({ status: 'won' }), pipeline, { toStageId: 'contacted' }, DAY, null)).toEqual({ ok: false, refusal: { code: 'deal_closed' } });
    const archived = { ...pipeline, stages: pipeline.stages.map((s) => (s.id === 'contacted' ? { ...s, archived: true } : s)) };
    expect(planDealMove(deal(), archived, { toStageId: 'contacted' }, DAY, null)).toEqual({ ok: false, refusal: { code: 'archived_stage' } });
    expect(planDealMove(deal(), pipeline, { toStageId: 'nowhere' }, DAY, null)).toEqual({ ok: false, refusal: { code: 'unknown_stage' } });
    expect(planDealMove(deal(), pipeline, { toStageId: 'to_contact' }, DAY, null)).toEqual({ ok: false, refusal: { code: 'same_stage' } });
  });

  it('a move that is allowed always lands in the stage with every requirement met', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...pipeline.stages.map((s) => s.id)),
        fc.option(fc.nat(1e9), { nil: null }),
        fc.option(fc.nat(1e12), { nil: null }),
        (to, amount, close) => {
          const plan = planDealMove(deal({ amount, expectedCloseDate: close }), pipeline, { toStageId: to, lostReason: 'no_budget' }, DAY, null);
          if (!plan.ok) return;
          const stage = pipeline.stages.find((s) => s.id === to)!;
          expect(plan.deal.stageId).toBe(to);
          if (stage.requires.includes('amount')) expect(plan.deal.amount).not.toBeNull();
          if (stage.requires.includes('close_date')) expect(plan.deal.expectedCloseDate).not.toBeNull();
          expect(plan.deal.status).toBe(stage.outcome);
        },
      ),
    );
  });
});

describe('the board', () => {
  it('columns count and total open deals per currency, weighted by probability; the fullest stage is the bottleneck', () => {
    const deals = [
      deal({ id: 'a', stageId: 'contacted', amount: 1000 }),
      deal({ id: 'b', stageId: 'contacted', amount: 500, probability: 0.5 }),
      deal({ id: 'c', stageId: 'contacted', amount: 2_000_000, currency: 'KRW' }),
      deal({ id: 'd', stageId: 'follow_up', amount: 100 }),
      deal({ id: 'e', stageId: 'won', status: 'won', amount: 9 }),
      deal({ id: 'f', stageId: 'contacted', deletedAt: 1 }),
    ];
    const columns = boardColumns(deals, pipeline);
    expect(columns.map((c) => c.stage.id)).toEqual(['to_contact', 'contacted', 'follow_up', 'create_proposal', 'proposal_sent']);
    const contacted = columns[1]!;
    expect(contacted.count).toBe(3);
    expect(contacted.totals).toEqual({ USD: { amount: 1500, weighted: 1000 * 0.2 + 500 * 0.5 }, KRW: { amount: 2_000_000, weighted: 400_000 } });
    expect(boardBottleneck(columns)?.stage.id).toBe('contacted');
    expect(boardColumns(deals, pipeline, (d) => d.currency === 'KRW')[1]!.count).toBe(1);
    expect(boardBottleneck(boardColumns([], pipeline))).toBeNull();
  });

  it('a tie in count goes to the stage whose deals waited longer, and a full tie is no bottleneck (not the left column by accident)', () => {
    const waiting = [
      deal({ id: 'a', stageId: 'to_contact', stageEnteredAt: 5_000 }),
      deal({ id: 'b', stageId: 'to_contact', stageEnteredAt: 6_000 }),
      deal({ id: 'c', stageId: 'follow_up', stageEnteredAt: 1_000 }),
      deal({ id: 'd', stageId: 'follow_up', stageEnteredAt: 2_000 }),
    ];
    expect(boardBottleneck(boardColumns(waiting, pipeline))?.stage.id).toBe('follow_up');
    const even = [deal({ id: 'a', stageId: 'to_contact', stageEnteredAt: 1_000 }), deal({ id: 'c', stageId: 'follow_up', stageEnteredAt: 1_000 })];
    expect(boardBottleneck(boardColumns(even, pipeline))).toBeNull();
  });

  it('moving deals on a built board gives the same columns as building it again, touching only the columns involved', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ stage: fc.constantFrom(...pipeline.stages.map((s) => s.id)), amount: fc.nat(1000), close: fc.option(fc.nat(100), { nil: null }) }),
          { maxLength: 30 },
        ),
        fc.array(fc.record({ index: fc.nat(29), to: fc.constantFrom(...pipeline.stages.map((s) => s.id)) }), { maxLength: 5 }),
        (specs, moves) => {
          const deals = specs.map((s, i) =>
            deal({
              id: `d${i}`,
              stageId: s.stage,
              amount: s.amount,
              expectedCloseDate: s.close,
              status: pipeline.stages.find((x) => x.id === s.stage)!.outcome,
            }),
          );
          const moved = new Map<string, Deal>();
          for (const m of moves) {
            const d = deals[m.index % Math.max(1, deals.length)];
            if (d) moved.set(d.id, { ...d, stageId: m.to, status: pipeline.stages.find((x) => x.id === m.to)!.outcome });
          }
          const before = boardColumns(deals, pipeline);
          const patched = withMovedDeals(before, [...moved.values()]);
          const rebuilt = boardColumns(
            deals.map((d) => moved.get(d.id) ?? d),
            pipeline,
          );
          // Sums in another order differ in the last bits of a float: compare to a millionth.
          const round = (totals: (typeof before)[number]['totals']) =>
            Object.fromEntries(Object.entries(totals).map(([k, v]) => [k, { amount: Math.round(v.amount * 1e6), weighted: Math.round(v.weighted * 1e6) }]));
          const shape = (cs: typeof before) =>
            cs.map((c) => ({ id: c.stage.id, count: c.count, ids: c.deals.map((d) => d.id).sort(), totals: round(c.totals) }));
          expect(shape(patched)).toEqual(shape(rebuilt));
          const involved = new Set([...moved.values()].flatMap((d) => [d.stageId, deals.find((x) => x.id === d.id)!.stageId]));
          patched.forEach((c, i) => !involved.has(c.stage.id) && expect(c).toBe(before[i]));
        },
      ),
    );
  });

  it('an idle deal rots past its stage limit and stalls past twice that', () => {
    const stage = pipeline.stages[0]!;
    expect(dealHealth(deal({ lastActivityAt: 0 }), stage, 10 * DAY)).toBe('fresh');
    expect(dealHealth(deal(), stage, 15 * DAY)).toBe('rotting');
    expect(dealHealth(deal({ lastActivityAt: 10 * DAY }), stage, 15 * DAY)).toBe('fresh');
    expect(dealHealth(deal(), stage, 29 * DAY)).toBe('stalled');
  });

  it('a deal’s history walks the stages in order and gives the time spent in each', () => {
    let n = 0;
    const d = deal({ stageId: 'follow_up', createdAt: 0, stageEnteredAt: 10 * DAY });
    const moves = walkedDealMoves(d, pipeline, (at) => ({ id: `m${n++}`, createdAt: at, updatedAt: at, deletedAt: null }));
    expect(moves.map((m) => [m.from, m.to, m.at / DAY])).toEqual([
      [null, 'to_contact', 0],
      ['to_contact', 'contacted', 5],
      ['contacted', 'follow_up', 10],
    ]);
    expect(timeInDealStages(d, moves, 12 * DAY).map((s) => s.days)).toEqual([5, 5, 2]);
  });
});

describe('editing a pipeline’s stages', () => {
  const stages = pipeline.stages;
  it('renames, reorders, re-weighs and adds stages; ids stay', () => {
    const after = [
      { ...stages[1]!, name: 'Reached', probability: 0.25 },
      stages[0]!,
      ...stages.slice(2),
      {
        ...stages[2]!,
        id: newStageId(
          'Negotiation',
          stages.map((s) => s.id),
        ),
        name: 'Negotiation',
        requires: [] as const,
      },
    ];
    expect(
      checkStageEdit(
        stages,
        after.map((s) => ({ ...s, requires: [...s.requires] })),
        {},
      ),
    ).toEqual([]);
    expect(newStageId('Contacted', ['contacted'])).toBe('contacted_2');
    expect(newStageId('연락', [])).toBe('stage');
  });
  it('refuses archiving a stage with open deals, removing a stage, duplicate or empty names, and losing Won or Lost', () => {
    const archived = stages.map((s) => (s.id === 'contacted' ? { ...s, archived: true } : s));
    expect(checkStageEdit(stages, archived, { contacted: 3 })).toEqual([{ field: 'stages.1.archived', code: 'stage_not_empty', params: { count: 3 } }]);
    expect(checkStageEdit(stages, archived, {})).toEqual([]);
    expect(checkStageEdit(stages, stages.slice(1), {})).toEqual([{ field: 'stages', code: 'stage_removed', params: { stage: 'To contact' } }]);
    const dup = stages.map((s, i) => (i === 1 ? { ...s, name: ' to CONTACT ' } : i === 2 ? { ...s, name: '  ' } : s));
    expect(checkStageEdit(stages, dup, {})).toEqual([
      { field: 'stages.1.name', code: 'duplicate_name' },
      { field: 'stages.2.name', code: 'required' },
    ]);
    const noWon = stages.map((s) => (s.outcome === 'won' ? { ...s, archived: true } : s));
    expect(checkStageEdit(stages, noWon, {})).toEqual([{ field: 'stages', code: 'won_stage_required' }]);
  });
});

describe('editing a deal', () => {
  it('keeps what its stage requires and the schema’s bounds', () => {
    const open = deal({ stageId: 'proposal_sent', amount: 100, expectedCloseDate: DAY });
    expect(editDeal(open, pipeline, { amount: null }, DAY)).toEqual({ ok: false, errors: [{ field: 'amount', code: 'required' }] });
    expect(editDeal(open, pipeline, { amount: -5 }, DAY)).toMatchObject({ ok: false, errors: [{ field: 'amount' }] });
    expect(editDeal(open, pipeline, { title: '  ' }, DAY)).toMatchObject({ ok: false, errors: [{ field: 'title' }] });
    expect(editDeal(open, pipeline, { title: ' Renewal ', amount: 250, probability: 0.9 }, 2 * DAY)).toMatchObject({
      ok: true,
      deal: { title: 'Renewal', amount: 250, probability: 0.9, updatedAt: 2 * DAY },
    });
    expect(editDeal(deal(), pipeline, { amount: null, expectedCloseDate: null }, DAY)).toMatchObject({ ok: true });
  });
});

describe('pipelines and stages are edited by the shared rules', () => {
  const [salesP, opportunityP] = createDefaultPipelines(0, { sales: 'p1', opportunity: 'p2' });
  const both = [salesP!, opportunityP!];

  it('a pipeline name is present, short and not another live pipeline’s (in any case)', () => {
    expect(checkPipelineName('  ', both, null)).toEqual([{ field: 'name', code: 'required' }]);
    expect(checkPipelineName('x'.repeat(61), both, null)[0]?.code).toBe('too_long');
    expect(checkPipelineName('sales PIPELINE', both, null)).toEqual([{ field: 'name', code: 'duplicate_pipeline_name' }]);
    // Renaming a pipeline to its own name (or a deleted one's) is fine.
    expect(checkPipelineName('Sales pipeline', both, 'p1')).toEqual([]);
    expect(checkPipelineName('Sales pipeline', [{ ...salesP!, deletedAt: 1 }, opportunityP!], null)).toEqual([]);
  });

  it('the last pipeline and a pipeline holding open deals cannot be deleted', () => {
    expect(checkPipelineDelete(salesP!, [salesP!], 0)).toEqual([{ field: 'pipelineId', code: 'last_pipeline' }]);
    expect(checkPipelineDelete(salesP!, both, 3)).toEqual([{ field: 'pipelineId', code: 'pipeline_not_empty', params: { count: 3 } }]);
    expect(checkPipelineDelete(salesP!, both, 0)).toEqual([]);
  });

  it('a new pipeline copies a template’s live stages, and an added stage gets a name no stage has', () => {
    const template = salesP!.stages.map((s, i) => (i === 0 ? { ...s, archived: true } : s));
    const stages = stagesForNewPipeline(template);
    expect(stages.map((s) => s.id)).toEqual(salesP!.stages.slice(1).map((s) => s.id));
    stages[0]!.requires.push('amount');
    expect(template[1]!.requires).toEqual(salesP!.stages[1]!.requires);
    expect(untakenStageName('New stage', ['Won', 'new stage'])).toBe('New stage 2');
    expect(untakenStageName('New stage', ['New stage', 'New stage 2'])).toBe('New stage 3');
  });

  it('a deal is lost for a deal’s reason: a lead-only reason (failed qualification) asks again', () => {
    const open = deal({ stageId: 'follow_up', amount: 10 });
    const plan = planDealMove(open, pipeline, { toStageId: 'lost', lostReason: 'failed_qualification' }, 1, null);
    expect(plan).toEqual({ ok: false, refusal: { code: 'needs', needs: ['lost_reason'] } });
    expect(planDealMove(open, pipeline, { toStageId: 'lost', lostReason: 'no_budget' }, 1, null).ok).toBe(true);
    expect(dealLostReasons).not.toContain('no_meeting');
  });
});
