import { describe, expect, it } from 'vitest';
import { seededDemoDb } from '../testing/demo-db';
import { addTask, createDeal, logActivity, rateBant, setTaskDone, updateProfile } from './contact-edit-repository';
import { runStageAction } from './lifecycle-actions-repository';

const now = Date.UTC(2026, 10, 23);

const demoDb = () => seededDemoDb({ seed: 31, now, locale: 'en', contacts: 200 });

describe('contact edits', () => {
  it('logging a pricing-page visit adds 15 points and reports a threshold crossing', async () => {
    const { db, data } = await demoDb();
    const lead = data.contacts.find((c) => c.lifecycleStage === 'lead' && c.engagementScore >= 61 && c.engagementScore < 75)!;
    const result = await logActivity(db, lead.id, { type: 'page_visited', url: '/pricing' }, null, now + 1);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.contact.engagementScore).toBe(lead.engagementScore + 15);
    expect(result.value.trigger).toBe('crossing');
    // No sign of intent yet (no form, no meeting): the lifecycle keeps it a Lead, and says why.
    expect(result.value.applied[0]).toMatchObject({ kind: 'change_stage', moved: false, unmet: ['activity'] });
    expect((await db.contacts.get(lead.id))!.lastActivityAt).toBe(now + 1);
  });

  it('a contact form that crosses the threshold makes the lead an MQL, routes it to an SDR with an SLA task, all in one write', async () => {
    const { db, data } = await demoDb();
    const small = new Set(data.companies.filter((c) => (c.employeeCount ?? 0) < 1000).map((c) => c.id));
    // A company under 1,000 people: the demo's round-robin rule decides, not the enterprise rule.
    const lead = data.contacts.find(
      (c) => c.lifecycleStage === 'lead' && c.engagementScore >= 61 && c.engagementScore < 75 && c.consent.status === 'granted' && small.has(c.companyId!),
    )!;
    const result = await logActivity(db, lead.id, { type: 'form_submitted' }, null, now + 1);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.applied.map((a) => a.kind)).toEqual(['change_stage', 'route']);
    const stored = (await db.contacts.get(lead.id))!;
    expect(stored.lifecycleStage).toBe('mql');
    const sdrs = data.teamMembers.filter((m) => m.role === 'sdr').map((m) => m.id);
    expect(sdrs).toContain(stored.ownerId);
    const assignment = (await db.assignments.where('contactId').equals(lead.id).toArray())[0]!;
    expect(assignment).toMatchObject({ toOwnerId: stored.ownerId, reason: 'rule' });
    const task = (await db.tasks.where('contactId').equals(lead.id).toArray()).find((t) => t.kind === 'follow_up')!;
    expect(task.ownerId).toBe(stored.ownerId);
    expect(task.slaDeadline).toBeGreaterThan(now);
    expect((await db.transitions.where('contactId').equals(lead.id).toArray()).some((t) => t.kind === 'automatic' && t.to === 'mql')).toBe(true);
    expect(await db.notifications.where('memberId').equals(stored.ownerId!).count()).toBe(1);
    // The round-robin position is kept for the next hand-off.
    const rule = data.routingRules.find((r) => r.id === assignment.ruleId)!;
    expect(rule.target.kind).toBe('round_robin');
    const memberIds = rule.target.kind === 'round_robin' ? rule.target.memberIds : [];
    expect((await db.meta.toArray())[0]!.routingState.roundRobin[rule.id]).toEqual({ memberId: stored.ownerId, index: memberIds.indexOf(stored.ownerId!) });
  });

  it('rates BANT and rescores; refuses a rating above 100 naming the field', async () => {
    const { db, data } = await demoDb();
    const c = data.contacts[0]!;
    const ok = await rateBant(db, c.id, { budget: 100, authority: 100, need: 50, timeframe: 50 }, now);
    expect(ok.ok && ok.value.bantScore).toBe(75);
    const bad = await rateBant(db, c.id, { budget: 120, authority: null, need: null, timeframe: null }, now);
    expect(bad).toEqual({ ok: false, errors: [expect.objectContaining({ field: 'bant.budget' })] });
    expect((await db.contacts.get(c.id))!.bantScore).toBe(75);
  });

  it('validates profile edits and re-assigns the persona from a new title', async () => {
    const { db, data } = await demoDb();
    const c = data.contacts[1]!;
    expect(await updateProfile(db, c.id, { email: 'not-an-email' }, now)).toMatchObject({ ok: false, errors: [{ field: 'email' }] });
    const result = await updateProfile(db, c.id, { jobTitle: 'VP Sales', phone: '  ' }, now);
    const salesPersona = data.personas.find((p) => p.titlePatterns.includes('sales'))!;
    expect(result).toMatchObject({ ok: true, value: { jobTitle: 'VP Sales', phone: null, personaId: salesPersona.id } });
  });

  it('a deal with amount and close date lets an SQL become an Opportunity', async () => {
    const { db, data } = await demoDb();
    const sql = data.contacts.find((c) => c.lifecycleStage === 'sql' && !data.deals.some((d) => d.primaryContactId === c.id))!;
    const sdr = data.teamMembers.find((m) => m.role === 'ae')!;
    const pipeline = data.pipelines.find((p) => p.kind === 'sales')!;
    expect(
      await createDeal(
        db,
        sql.id,
        { title: ' ', amount: 100, currency: 'USD', expectedCloseDate: now, pipelineId: pipeline.id, stageId: 'contacted', ownerId: sdr.id },
        now,
      ),
    ).toMatchObject({ ok: false, errors: [{ field: 'title' }] });
    const deal = await createDeal(
      db,
      sql.id,
      {
        title: 'Rollout',
        amount: 5000,
        currency: 'USD',
        expectedCloseDate: now + 30 * 86_400_000,
        pipelineId: pipeline.id,
        stageId: 'contacted',
        ownerId: sdr.id,
      },
      now,
    );
    expect(deal.ok).toBe(true);
    expect((await runStageAction(db, sql.id, { kind: 'move', to: 'opportunity' }, { id: sdr.id, role: 'ae', admin: false }, now + 1)).ok).toBe(true);
  });

  it('adds and completes tasks', async () => {
    const { db, data } = await demoDb();
    const task = await addTask(db, data.contacts[2]!.id, { title: 'Send case study', dueAt: now + 86_400_000, ownerId: null }, now);
    expect(task.ok).toBe(true);
    if (!task.ok) return;
    await setTaskDone(db, task.value.id, true, now + 5);
    expect((await db.tasks.get(task.value.id))!.doneAt).toBe(now + 5);
  });
});
