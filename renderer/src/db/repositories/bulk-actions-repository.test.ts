import { describe, expect, it } from 'vitest';
import { seededDemoDb } from '../testing/demo-db';
import { bulkAddTag, bulkChangeOwner, bulkRecycle } from './bulk-actions-repository';

const now = Date.UTC(2026, 10, 23);

const demoDb = () => seededDemoDb({ seed: 51, now, locale: 'en', contacts: 120 });

describe('bulk actions', () => {
  it('changes the owner of many contacts and logs each as a manual assignment', async () => {
    const { db, data } = await demoDb();
    const ae = data.teamMembers.find((m) => m.role === 'ae')!;
    const ids = data.contacts.slice(0, 10).map((c) => c.id);
    const result = await bulkChangeOwner(db, ids, ae.id, null, now);
    expect(result.done.length + result.skipped.length).toBe(10);
    for (const id of ids) expect((await db.contacts.get(id))!.ownerId).toBe(ae.id);
    // The demo's own assignments are its routing history; the bulk change adds one manual assignment per contact.
    expect(
      await db.assignments
        .where('toOwnerId')
        .equals(ae.id)
        .filter((a) => a.reason === 'manual')
        .count(),
    ).toBe(result.done.length);
    const unknown = await bulkChangeOwner(db, ids, 'nobody', null, now);
    expect(unknown.done).toEqual([]);
    expect(new Set(unknown.skipped.map((s) => s.why))).toEqual(new Set(['unknown_owner']));
  });

  it('tags many contacts once', async () => {
    const { db, data } = await demoDb();
    const ids = data.contacts.slice(0, 5).map((c) => c.id);
    expect((await bulkAddTag(db, ids, ' webinar-2026 ', now)).done).toHaveLength(5);
    expect((await bulkAddTag(db, ids, 'webinar-2026', now)).skipped).toHaveLength(5);
    expect((await db.contacts.get(ids[0]!))!.tags).toContain('webinar-2026');
  });

  it('recycles through the lifecycle engine and reports those it may not move', async () => {
    const { db, data } = await demoDb();
    const lead = data.contacts.find((c) => c.lifecycleStage === 'lead')!;
    const disqualified = data.contacts.find((c) => c.lifecycleStage === 'disqualified')!;
    const sdr = data.teamMembers.find((m) => m.role === 'sdr')!;
    const result = await bulkRecycle(db, [lead.id, disqualified.id], 'bad_timing', 'next quarter', { id: sdr.id, role: 'sdr', admin: false }, now);
    expect(result.done).toEqual([lead.id]);
    expect(result.skipped).toEqual([{ id: disqualified.id, why: 'not_allowed' }]);
    expect((await db.contacts.get(lead.id))!).toMatchObject({ lifecycleStage: 'recycled', recycleReason: 'bad_timing' });
  });
});
