import { describe, expect, it } from 'vitest';
import { seededDemoDb } from '../testing/demo-db';
import { runStageAction } from './lifecycle-actions-repository';

const now = Date.UTC(2026, 10, 23);

async function demoDb() {
  const { db, data } = await seededDemoDb({ seed: 12, now, locale: 'en', contacts: 300 });
  const sdr = data.teamMembers.find((m) => m.role === 'sdr')!;
  return { db, data, sdr: { id: sdr.id, role: sdr.role, admin: false } };
}

describe('runStageAction', () => {
  it('accepts a hand-off: contact becomes SAL/SQL and the log gains the line, in one write', async () => {
    const { db, data, sdr } = await demoDb();
    const mql = data.contacts.find((c) => c.lifecycleStage === 'mql')!;
    const result = await runStageAction(db, mql.id, { kind: 'accept' }, sdr, now + 1);
    expect(result.ok).toBe(true);
    expect((await db.contacts.get(mql.id))!.lifecycleStage).toBe('sql');
    const last = (await db.transitions.where('contactId').equals(mql.id).sortBy('at')).pop()!;
    expect(last).toMatchObject({ from: 'mql', to: 'sql', kind: 'hand_off_accepted', byMemberId: sdr.id });
  });

  it('refuses Opportunity without a deal amount and close date, and writes nothing', async () => {
    const { db, data, sdr } = await demoDb();
    const sql = data.contacts.find((c) => c.lifecycleStage === 'sql' && !data.deals.some((d) => d.primaryContactId === c.id))!;
    const before = await db.transitions.count();
    const result = await runStageAction(db, sql.id, { kind: 'move', to: 'opportunity' }, sdr, now + 1);
    expect(result).toMatchObject({ ok: false, error: 'refused', evaluation: { reason: 'criteria' } });
    if (!result.ok && result.error === 'refused' && result.evaluation.reason === 'criteria')
      expect(result.evaluation.unmet.map((u) => u.item)).toEqual(['amount', 'expectedCloseDate']);
    expect(await db.transitions.count()).toBe(before);
    expect((await db.contacts.get(sql.id))!.lifecycleStage).toBe('sql');
  });

  it('recycles with a reason, and overrides with one', async () => {
    const { db, data, sdr } = await demoDb();
    const lead = data.contacts.find((c) => c.lifecycleStage === 'lead')!;
    expect(await runStageAction(db, lead.id, { kind: 'move', to: 'recycled' }, sdr, now + 1)).toEqual({ ok: false, error: 'recycle_reason_required' });
    expect((await runStageAction(db, lead.id, { kind: 'move', to: 'recycled', recycleReason: 'bad_timing', reason: 'Q3' }, sdr, now + 1)).ok).toBe(true);
    expect((await db.contacts.get(lead.id))!.recycleReason).toBe('bad_timing');
    const prospect = data.contacts.find((c) => c.lifecycleStage === 'prospect' && c.consent.status !== 'granted')!;
    // Subscriber is marketing's stage: an SDR may not force a contact into it; its owner role may.
    const override = { kind: 'override', to: 'subscriber', reason: 'Consent by phone' } as const;
    expect(await runStageAction(db, prospect.id, override, sdr, now + 2)).toEqual({ ok: false, error: 'not_authorised' });
    const marketer = data.teamMembers.find((m) => m.role === 'marketing')!;
    const forced = await runStageAction(db, prospect.id, override, { id: marketer.id, role: 'marketing', admin: false }, now + 2);
    expect(forced).toMatchObject({ ok: true, transition: { override: true, reason: 'Consent by phone', byMemberId: marketer.id } });
  });
});
