import { describe, expect, it } from 'vitest';
import { closedLeadStages, memberDraftOf } from '@shared/index';
import { createWorkspaceApi } from '../../workspace-api/workspace-api';
import { seededDemoDb } from '../testing/demo-db';

const now = Date.UTC(2026, 10, 23, 3);

async function demo() {
  const { db, data } = await seededDemoDb({ seed: 23, now, locale: 'en', contacts: 300 });
  const api = createWorkspaceApi('ws', db, () => now);
  const admin = data.teamMembers.find((m) => m.admin)!;
  const sdrs = data.teamMembers.filter((m) => m.role === 'sdr');
  return { db, data, api, admin, sdrs };
}

describe('team actions', () => {
  it('adds a member with an own calendar; a non-admin and a bad calendar are refused with nothing written', async () => {
    const { db, api, admin, sdrs } = await demo();
    const before = await db.teamMembers.count();
    const draft = {
      ...memberDraftOf(null),
      name: 'Dana Park',
      email: 'dana@baton.example',
      role: 'ae',
      calendar: { timeZone: 'Asia/Seoul', workingDays: [1, 2, 3, 4, 5], startHour: 10, endHour: 19, holidays: ['2026-12-25'] },
    };
    expect(await api.actions.addMember({ draft, byMemberId: sdrs[0]!.id })).toEqual({ ok: false, errors: [{ field: 'member', code: 'admin_only' }] });
    const bad = await api.actions.addMember({ draft: { ...draft, calendar: { ...draft.calendar, startHour: 19, endHour: 10 } }, byMemberId: admin.id });
    expect(bad).toEqual({ ok: false, errors: [{ field: 'calendar.endHour', code: 'start_not_before_end' }] });
    expect(await db.teamMembers.count()).toBe(before);

    const added = await api.actions.addMember({ draft, byMemberId: admin.id });
    expect(added).toMatchObject({ ok: true, value: { name: 'Dana Park', role: 'ae', active: true, calendar: { timeZone: 'Asia/Seoul', startHour: 10 } } });
    const id = added.ok ? added.value.id : '';
    expect(await db.teamMembers.get(id)).toMatchObject({ email: 'dana@baton.example' });

    // An SDR may fix a calendar but not give themself the admin flag.
    const sdr = sdrs[0]!;
    const own = await api.actions.updateMember({ memberId: sdr.id, draft: { ...memberDraftOf(sdr), calendar: draft.calendar }, byMemberId: sdr.id });
    expect(own).toMatchObject({ ok: true, value: { calendar: { timeZone: 'Asia/Seoul' } } });
    const promote = await api.actions.updateMember({ memberId: sdr.id, draft: { ...memberDraftOf(sdr), admin: true }, byMemberId: sdr.id });
    expect(promote).toEqual({ ok: false, errors: [{ field: 'admin', code: 'admin_only' }] });
    // Back to the workspace's calendar: the field is gone, as on records written before calendars.
    const reset = await api.actions.updateMember({ memberId: sdr.id, draft: { ...memberDraftOf(sdr), calendar: null }, byMemberId: sdr.id });
    expect(reset.ok).toBe(true);
    expect('calendar' in (await db.teamMembers.get(sdr.id))!).toBe(false);
  });

  it('never deactivates the last admin', async () => {
    const { db, api, admin } = await demo();
    expect(await api.actions.deactivateMember({ memberId: admin.id, byMemberId: admin.id })).toEqual({
      ok: false,
      errors: [{ field: 'active', code: 'last_admin' }],
    });
    expect((await db.teamMembers.get(admin.id))!.active).toBe(true);
    expect((await api.queries.deactivationPreview({ memberId: admin.id }))!.errors).toEqual([{ field: 'active', code: 'last_admin' }]);
  });

  it('deactivates a seller: the preview matches what is written, every open lead, deal and task moves with an assignment line, and Undo puts it back', async () => {
    const { db, data, api, admin, sdrs } = await demo();
    const [leaving, other] = sdrs as [(typeof sdrs)[0], (typeof sdrs)[0]];
    const closed = closedLeadStages(data.lifecycles[0]!);
    const openLeadIds = data.contacts.filter((c) => c.ownerId === leaving.id && !closed.has(c.lifecycleStage)).map((c) => c.id);
    expect(openLeadIds.length).toBeGreaterThan(0);
    const preview = (await api.queries.deactivationPreview({ memberId: leaving.id }))!;
    expect(preview.errors).toEqual([]);
    expect(preview.leads.total).toBe(openLeadIds.length);
    expect(preview.leads.first[0]).toMatchObject({ toOwnerId: other.id, reason: null });

    const done = await api.undoable.deactivateMember({ memberId: leaving.id, byMemberId: admin.id });
    expect(done.value).toMatchObject({ ok: true, value: { leads: preview.leads.assigned, deals: preview.deals.assigned, tasks: preview.tasks.assigned } });
    expect((await db.teamMembers.get(leaving.id))!.active).toBe(false);
    for (const id of openLeadIds) expect((await db.contacts.get(id))!.ownerId).toBe(other.id);
    const lines = await db.assignments
      .where('contactId')
      .anyOf(openLeadIds)
      .filter((a) => a.at === now)
      .toArray();
    expect(lines).toHaveLength(openLeadIds.length);
    expect(lines.every((a) => a.fromOwnerId === leaving.id && a.toOwnerId === other.id && a.byMemberId === admin.id)).toBe(true);
    // MQLs went through the demo's routing rules (round robin over the SDRs), the rest to the same role.
    expect(lines.some((a) => a.reason === 'rule' && a.ruleId !== null)).toBe(true);
    expect(
      await db.tasks
        .where('ownerId')
        .equals(leaving.id)
        .filter((t) => t.doneAt === null && t.deletedAt === null)
        .count(),
    ).toBe(0);
    const overview = await api.queries.teamOverview();
    expect(overview.rows.find((r) => r.member.id === leaving.id)).toMatchObject({ openLeads: 0, openTasks: 0 });
    expect(await api.actions.deactivateMember({ memberId: leaving.id, byMemberId: admin.id })).toMatchObject({
      ok: false,
      errors: [{ code: 'already_inactive' }],
    });

    expect(await api.actions.undoBatch({ batchId: done.batchId })).toMatchObject({ ok: true });
    expect((await db.teamMembers.get(leaving.id))!.active).toBe(true);
    for (const id of openLeadIds) expect((await db.contacts.get(id))!.ownerId).toBe(leaving.id);
  });

  it('refuses a non-admin deactivation with nothing written', async () => {
    const { db, api, sdrs } = await demo();
    const changesBefore = await db.changes.count();
    expect(await api.actions.deactivateMember({ memberId: sdrs[1]!.id, byMemberId: sdrs[0]!.id })).toEqual({
      ok: false,
      errors: [{ field: 'active', code: 'admin_only' }],
    });
    expect(await db.changes.count()).toBe(changesBefore);
  });

  it('never fills anyone past their capacity: what does not fit stays with the leaving member and is said', async () => {
    const { db, data } = await seededDemoDb({ seed: 23, now, locale: 'en', contacts: 300 });
    const api = createWorkspaceApi('ws', db, () => now);
    const admin = data.teamMembers.find((m) => m.admin)!;
    const [leaving, other] = data.teamMembers.filter((m) => m.role === 'sdr') as [(typeof data.teamMembers)[0], (typeof data.teamMembers)[0]];
    const before = (await api.queries.teamOverview()).rows;
    const otherLoad = before.find((r) => r.member.id === other.id)!.openLeads;
    const leavingLeads = before.find((r) => r.member.id === leaving.id)!.openLeads;
    expect(leavingLeads).toBeGreaterThan(2);
    const capped = await api.actions.updateMember({
      memberId: other.id,
      draft: { ...memberDraftOf(other), capacity: otherLoad + 2 },
      byMemberId: admin.id,
    });
    expect(capped.ok).toBe(true);
    const preview = (await api.queries.deactivationPreview({ memberId: leaving.id }))!;
    expect(preview.leads).toMatchObject({ total: leavingLeads, assigned: 2 });
    expect(preview.unassignable.length).toBeGreaterThan(0);
    // Hand-off leads: every routing candidate is full; others: everyone with the role is.
    for (const row of preview.unassignable.filter((r) => r.kind === 'lead')) expect(['no_one_available', 'all_at_capacity']).toContain(row.reason);
    const done = await api.actions.deactivateMember({ memberId: leaving.id, byMemberId: admin.id });
    expect(done).toMatchObject({ ok: true, value: { leads: 2 } });
    const after = (await api.queries.teamOverview()).rows;
    expect(after.find((r) => r.member.id === other.id)!.openLeads).toBe(otherLoad + 2);
    expect(after.find((r) => r.member.id === leaving.id)!.openLeads).toBe(leavingLeads - 2);
  });
});
