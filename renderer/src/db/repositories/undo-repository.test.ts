import { describe, expect, it } from 'vitest';
import { actorOf } from '@shared/index';
import { createWorkspaceApi } from '../../workspace-api/workspace-api';
import { seededDemoDb } from '../testing/demo-db';

const now = Date.UTC(2026, 10, 23, 3);

describe('undo through the change log', () => {
  it('undoes a merge: both contacts, their activities and log come back as they were; undoing twice is refused', async () => {
    const { db, data } = await seededDemoDb({ seed: 17, now, locale: 'en', contacts: 120 });
    const api = createWorkspaceApi('ws', db, () => now);
    const [keep, dup] = data.contacts.filter((c) => c.lifecycleStage === 'lead');
    const activitiesOf = async (id: string) =>
      (await db.activities.where('[contactId+at]').between([id, -Infinity], [id, Infinity]).toArray()).filter((a) => a.deletedAt === null).length;
    const before = { keep: await activitiesOf(keep!.id), dup: await activitiesOf(dup!.id) };
    const merged = await api.undoable.mergeContacts({ keepId: keep!.id, duplicateId: dup!.id });
    expect(merged.value.ok).toBe(true);
    expect((await db.contacts.get(dup!.id))!.deletedAt).not.toBeNull();
    const undone = await api.actions.undoBatch({ batchId: merged.batchId });
    expect(undone).toMatchObject({ ok: true });
    expect(await db.contacts.get(dup!.id)).toMatchObject({ deletedAt: null, email: dup!.email });
    expect(await db.contacts.get(keep!.id)).toMatchObject({ lifecycleStage: keep!.lifecycleStage, email: keep!.email, tags: keep!.tags });
    expect({ keep: await activitiesOf(keep!.id), dup: await activitiesOf(dup!.id) }).toEqual(before);
    expect(await api.actions.undoBatch({ batchId: merged.batchId })).toMatchObject({ ok: false, errors: [{ code: 'changed_since' }] });
  });

  it('undoes a bulk recycle, and refuses when a contact was changed again since', async () => {
    const { db, data } = await seededDemoDb({ seed: 17, now, locale: 'en', contacts: 120 });
    const api = createWorkspaceApi('ws', db, () => now);
    const leads = data.contacts.filter((c) => c.lifecycleStage === 'lead').slice(0, 3);
    const sdr = data.teamMembers.find((m) => m.role === 'sdr')!;
    const recycled = await api.undoable.bulkRecycle({ ids: leads.map((c) => c.id), recycleReason: 'bad_timing', note: '', actor: actorOf(sdr) });
    expect(recycled.value.done).toHaveLength(3);
    expect(await api.actions.undoBatch({ batchId: recycled.batchId })).toMatchObject({ ok: true });
    for (const c of leads) expect((await db.contacts.get(c.id))!.lifecycleStage).toBe('lead');
    // The transition lines the recycle wrote are soft-deleted: the log replays to Lead again.
    const lines = await db.transitions
      .where('contactId')
      .anyOf(leads.map((c) => c.id))
      .filter((t) => t.to === 'recycled' && t.at === now)
      .toArray();
    expect(lines.every((t) => t.deletedAt !== null)).toBe(true);

    const again = await api.undoable.bulkRecycle({ ids: [leads[0]!.id], recycleReason: 'no_budget', note: '', actor: actorOf(sdr) });
    await api.actions.logActivity({ contactId: leads[0]!.id, type: 'email_opened', byMemberId: null });
    expect(await api.actions.undoBatch({ batchId: again.batchId })).toMatchObject({ ok: false, errors: [{ code: 'changed_since' }] });
    expect((await db.contacts.get(leads[0]!.id))!.lifecycleStage).toBe('recycled');
  });
});
