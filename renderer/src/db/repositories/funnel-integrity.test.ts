import { describe, expect, it } from 'vitest';
import { actorOf } from '@shared/index';
import type { Contact, WorkspaceData } from '@shared/model';
import { seededDemoDb } from '../testing/demo-db';
import { recordConsent, logActivity } from './contact-edit-repository';
import { closeDeal } from './deal-outcome-repository';
import { loadLeadIndex } from './leads-repository';
import { runStageAction } from './lifecycle-actions-repository';

const now = Date.UTC(2026, 10, 23, 3);
const HOUR = 3_600_000;

/** A Lead one form away from MQL in every way but consent: over the threshold, ICP company, persona. */
function withoutConsent(data: WorkspaceData): Contact {
  const icp = data.icps[0]!;
  const inIcp = new Set(
    data.companies
      .filter((c) =>
        icp.criteria.every((k) => (k.kind === 'range' ? (c.employeeCount ?? -1) >= (k.min ?? 0) && (c.employeeCount ?? -1) <= (k.max ?? Infinity) : true)),
      )
      .map((c) => c.id),
  );
  const lead = data.contacts.find(
    (c) => c.lifecycleStage === 'lead' && c.personaId !== null && c.engagementScore >= 61 && c.engagementScore < 75 && inIcp.has(c.companyId!),
  )!;
  Object.assign(lead, { consent: { status: 'none', source: null, at: null } });
  return lead;
}

describe('funnel integrity through the write path', () => {
  it('a lead without consent crosses the threshold: stays Lead, no SDR, no task; recording consent then hands it off and routes it', async () => {
    let lead!: Contact;
    const { db } = await seededDemoDb({ seed: 31, now, locale: 'en', contacts: 300 }, (data) => {
      lead = withoutConsent(data);
    });
    const crossed = await logActivity(db, lead.id, { type: 'form_submitted' }, null, now);
    expect(crossed.ok && crossed.value.trigger).toBe('crossing');
    expect(crossed.ok && crossed.value.applied).toEqual([expect.objectContaining({ kind: 'change_stage', moved: false, unmet: ['consent'] })]);
    const stored = (await db.contacts.get(lead.id))!;
    expect(stored).toMatchObject({ lifecycleStage: 'lead', ownerId: lead.ownerId });
    expect(await db.tasks.where('contactId').equals(lead.id).count()).toBe(0);
    expect(await db.assignments.where('contactId').equals(lead.id).count()).toBe(0);
    expect((await db.notifications.toArray()).filter((n) => n.contactId === lead.id && n.kind === 'hand_off')).toEqual([]);

    const consented = await recordConsent(db, lead.id, { status: 'granted', source: 'phone call' }, now + HOUR);
    expect(consented.ok && consented.value.applied.map((a) => a.kind)).toEqual(['change_stage', 'route']);
    const mql = (await db.contacts.get(lead.id))!;
    expect(mql.lifecycleStage).toBe('mql');
    expect(mql.consent).toEqual({ status: 'granted', source: 'phone call', at: now + HOUR });
    const task = (await db.tasks.where('contactId').equals(lead.id).toArray())[0]!;
    expect(task).toMatchObject({ ownerId: mql.ownerId, kind: 'follow_up', doneAt: null });
    expect(task.slaDeadline).toBeGreaterThan(now + HOUR);
  });

  it('accepting a breached MQL clears its SLA from the record and the SLA-breached queue', async () => {
    const { db, data } = await seededDemoDb({ seed: 31, now, locale: 'en', contacts: 300 });
    const lead = data.contacts.find((c) => c.lifecycleStage === 'lead' && c.consent.status === 'granted' && c.engagementScore >= 61 && c.engagementScore < 75)!;
    const handedOff = await logActivity(db, lead.id, { type: 'form_submitted' }, null, now);
    if (!handedOff.ok) throw new Error('logging failed');
    expect(handedOff.value.contact.lifecycleStage).toBe('mql');
    // A week later nobody has followed up: the SLA is breached and the list says so.
    const later = now + 7 * 24 * HOUR;
    const breached = (await loadLeadIndex(db, later)).rows.find((r) => r.id === lead.id)!;
    expect(breached.slaState).toBe('breached');
    const owner = data.teamMembers.find((m) => m.id === handedOff.value.contact.ownerId)!;
    expect((await runStageAction(db, lead.id, { kind: 'accept' }, actorOf(owner), later)).ok).toBe(true);
    expect((await loadLeadIndex(db, later + HOUR)).rows.find((r) => r.id === lead.id)!.slaState).toBeNull();
    // The follow-up task was closed when the contact left MQL.
    expect((await db.tasks.where('contactId').equals(lead.id).toArray()).every((t) => t.doneAt === later)).toBe(true);
  });

  it('a lost deal recycles its contact with the lost reason, in the same transaction', async () => {
    const { db, data } = await seededDemoDb({ seed: 31, now, locale: 'en', contacts: 300 });
    const deal = data.deals.find((d) => d.status === 'open' && data.contacts.find((c) => c.id === d.primaryContactId)?.lifecycleStage === 'opportunity')!;
    const ae = data.teamMembers.find((m) => m.role === 'ae')!;
    expect(await closeDeal(db, deal.id, 'lost', null, actorOf(ae), now)).toMatchObject({ ok: false, errors: [{ field: 'lostReason' }] });
    const result = await closeDeal(db, deal.id, 'lost', 'no_budget', actorOf(ae), now);
    expect(result.ok).toBe(true);
    expect(await db.deals.get(deal.id)).toMatchObject({ status: 'lost', lostReason: 'no_budget', closedAt: now });
    expect(await db.contacts.get(deal.primaryContactId!)).toMatchObject({ lifecycleStage: 'recycled', recycleReason: 'no_budget' });
    const last = (await db.transitions.where('contactId').equals(deal.primaryContactId!).sortBy('at')).pop()!;
    expect(last).toMatchObject({ from: 'opportunity', to: 'recycled', kind: 'recycle', recycleReason: 'no_budget', byMemberId: ae.id });
    expect(await closeDeal(db, deal.id, 'won', null, actorOf(ae), now)).toMatchObject({ ok: false, errors: [{ field: 'status' }] });
  });

  it('a person moving a lead into MQL (here by override) routes it with an SLA task, like the automation does', async () => {
    const { db, data } = await seededDemoDb({ seed: 31, now, locale: 'en', contacts: 300 });
    const lead = data.contacts.find((c) => c.lifecycleStage === 'lead' && c.engagementScore < 40)!;
    const admin = data.teamMembers.find((m) => m.admin)!;
    const result = await runStageAction(db, lead.id, { kind: 'override', to: 'mql', reason: 'Asked for a call at the fair' }, actorOf(admin), now);
    expect(result.ok && result.applied.map((a) => a.kind)).toEqual(['route']);
    const mql = (await db.contacts.get(lead.id))!;
    const sdrs = data.teamMembers.filter((m) => m.role === 'sdr').map((m) => m.id);
    expect(sdrs).toContain(mql.ownerId);
    const task = (await db.tasks.where('contactId').equals(lead.id).toArray()).find((t) => t.createdAt === now)!;
    expect(task).toMatchObject({ ownerId: mql.ownerId, kind: 'follow_up' });
    expect((await loadLeadIndex(db, now + HOUR)).rows.find((r) => r.id === lead.id)!.slaState).toBe('on_track');
  });

  it('an override by a role the lifecycle does not allow writes nothing', async () => {
    const { db, data } = await seededDemoDb({ seed: 31, now, locale: 'en', contacts: 100 });
    const prospect = data.contacts.find((c) => c.lifecycleStage === 'prospect')!;
    const csm = data.teamMembers.find((m) => m.role === 'csm')!;
    const before = await db.transitions.count();
    expect(await runStageAction(db, prospect.id, { kind: 'override', to: 'mql', reason: 'trust me' }, actorOf(csm), now)).toEqual({
      ok: false,
      error: 'not_authorised',
    });
    expect(await db.transitions.count()).toBe(before);
    const admin = data.teamMembers.find((m) => m.admin)!;
    expect(await runStageAction(db, prospect.id, { kind: 'override', to: 'mql', reason: 'trust me' }, actorOf(admin), now)).toMatchObject({
      ok: true,
      transition: { override: true },
    });
  });
});
