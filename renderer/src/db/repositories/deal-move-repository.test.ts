import { describe, expect, it } from 'vitest';
import { actorOf } from '@shared/index';
import { createWorkspaceApi } from '../../workspace-api/workspace-api';
import { seededDemoDb } from '../testing/demo-db';

const now = Date.UTC(2026, 10, 23, 3);

describe('moving deals on the board', () => {
  it('a move writes the deal and a line of its history in one batch; undo restores both', async () => {
    const { db, data } = await seededDemoDb({ seed: 5, now, locale: 'en', contacts: 300 });
    const api = createWorkspaceApi('ws', db, () => now);
    const deal = data.deals.find((d) => d.status === 'open' && d.stageId === 'to_contact')!;
    const ae = data.teamMembers.find((m) => m.id === deal.ownerId)!;
    const moved = await api.undoable.moveDeal({ dealId: deal.id, toStageId: 'contacted', actor: actorOf(ae) });
    expect(moved.value).toMatchObject({ ok: true, value: { deal: { stageId: 'contacted', stageEnteredAt: now } } });
    const history = await db.dealMoves.where('[dealId+at]').between([deal.id, -Infinity], [deal.id, Infinity]).toArray();
    expect(history.at(-1)).toMatchObject({ from: 'to_contact', to: 'contacted', at: now, byMemberId: ae.id });
    const board = await api.queries.board({ pipelineId: null });
    expect(board.deals.find((d) => d.id === deal.id)?.stageId).toBe('contacted');
    expect(await api.actions.undoBatch({ batchId: moved.batchId })).toMatchObject({ ok: true });
    expect(await db.deals.get(deal.id)).toMatchObject({ stageId: 'to_contact', stageEnteredAt: deal.stageEnteredAt });
    expect((await db.dealMoves.where('dealId').equals(deal.id).toArray()).filter((m) => m.deletedAt === null && m.at === now)).toEqual([]);
  });

  it('asks for what the stage needs and writes nothing until it has it', async () => {
    const { db, data } = await seededDemoDb({ seed: 5, now, locale: 'en', contacts: 300 });
    const api = createWorkspaceApi('ws', db, () => now);
    const contact = data.contacts.find((c) => c.lifecycleStage === 'sql')!;
    const sales = data.pipelines.find((p) => p.kind === 'sales')!;
    // A new deal cannot start in a stage whose requirements it lacks either.
    const early = await api.actions.createDeal({
      contactId: contact.id,
      deal: { title: 'Pilot', amount: null, currency: 'USD', expectedCloseDate: null, pipelineId: sales.id, stageId: 'proposal_sent', ownerId: null },
    });
    expect(early).toMatchObject({
      ok: false,
      errors: [
        { field: 'amount', code: 'required' },
        { field: 'expectedCloseDate', code: 'required' },
      ],
    });
    const created = await api.actions.createDeal({
      contactId: contact.id,
      deal: { title: 'Pilot', amount: null, currency: 'USD', expectedCloseDate: null, pipelineId: sales.id, stageId: 'to_contact', ownerId: null },
    });
    if (!created.ok) throw new Error('deal not created');
    const before = await db.deals.get(created.value.id);
    expect(await api.actions.moveDeal({ dealId: created.value.id, toStageId: 'proposal_sent', actor: null })).toMatchObject({
      ok: false,
      errors: [
        { field: 'amount', code: 'required' },
        { field: 'expectedCloseDate', code: 'required' },
      ],
    });
    expect(await api.actions.moveDeal({ dealId: created.value.id, toStageId: 'lost', actor: null })).toMatchObject({
      ok: false,
      errors: [{ field: 'lostReason', code: 'lost_reason_required' }],
    });
    expect(await db.deals.get(created.value.id)).toEqual(before);
    expect((await db.dealMoves.where('dealId').equals(created.value.id).toArray()).map((m) => [m.from, m.to])).toEqual([[null, 'to_contact']]);
    // With the facts given at the drop, the move goes through.
    const moved = await api.actions.moveDeal({
      dealId: created.value.id,
      toStageId: 'proposal_sent',
      amount: 4000,
      expectedCloseDate: now + 864e5,
      actor: null,
    });
    expect(moved).toMatchObject({ ok: true, value: { deal: { stageId: 'proposal_sent', amount: 4000 } } });
  });

  it('Won makes the contact a Customer and Lost recycles it with the reason, through the lifecycle', async () => {
    const { db, data } = await seededDemoDb({ seed: 5, now, locale: 'en', contacts: 400 });
    const api = createWorkspaceApi('ws', db, () => now);
    const open = data.deals.filter(
      (d) => d.status === 'open' && d.amount !== null && data.contacts.find((c) => c.id === d.primaryContactId)?.lifecycleStage === 'opportunity',
    );
    const [toWin, toLose] = open;
    const won = await api.actions.moveDeal({ dealId: toWin!.id, toStageId: 'won', actor: null });
    expect(won).toMatchObject({ ok: true, value: { deal: { status: 'won' } } });
    expect((await db.contacts.get(toWin!.primaryContactId!))!.lifecycleStage).toBe('customer');
    const lost = await api.actions.moveDeal({ dealId: toLose!.id, toStageId: 'lost', lostReason: 'no_budget', actor: null });
    expect(lost).toMatchObject({ ok: true, value: { deal: { status: 'lost', lostReason: 'no_budget' } } });
    expect(await db.contacts.get(toLose!.primaryContactId!)).toMatchObject({ lifecycleStage: 'recycled', recycleReason: 'no_budget' });
  });
});

describe('working a deal', () => {
  it('a call logged on a deal resets its idle clock; a page visit or another contact’s deal does not', async () => {
    const { db, data } = await seededDemoDb({ seed: 5, now, locale: 'en', contacts: 300 });
    const api = createWorkspaceApi('ws', db, () => now);
    const deal = data.deals.find((d) => d.status === 'open' && (d.lastActivityAt ?? 0) < now)!;
    const contactId = deal.primaryContactId!;
    const other = data.deals.find((d) => d.primaryContactId !== contactId)!;
    expect(await api.actions.logActivity({ contactId, dealId: other.id, type: 'call_logged', byMemberId: null })).toMatchObject({
      ok: false,
      errors: [{ field: 'dealId', code: 'not_found' }],
    });
    await api.actions.logActivity({ contactId, dealId: deal.id, type: 'page_visited', url: '/pricing', byMemberId: null });
    expect((await db.deals.get(deal.id))!.lastActivityAt).toBe(deal.lastActivityAt);
    const logged = await api.actions.logActivity({ contactId, dealId: deal.id, type: 'call_logged', note: 'Budget call', byMemberId: null });
    expect(logged).toMatchObject({ ok: true, value: { activity: { dealId: deal.id, type: 'call_logged' } } });
    expect((await db.deals.get(deal.id))!.lastActivityAt).toBe(now);
  });
});
