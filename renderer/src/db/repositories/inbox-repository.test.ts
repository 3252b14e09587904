import { describe, expect, it } from 'vitest';
import { contactDisplayName, stampNew, type Notification, type Task } from '@shared/model';
import { createWorkspaceApi } from '../../workspace-api/workspace-api';
import { seededDemoDb } from '../testing/demo-db';
import { runWrite } from '../write-path';

const now = Date.UTC(2026, 10, 23, 3);
const HOUR = 3_600_000;

describe('the inbox', () => {
  it('lists a member’s notifications and breached follow-ups with contact names, and marks them read in one logged write', async () => {
    const { db, data } = await seededDemoDb({ seed: 7, now, locale: 'en', contacts: 60 });
    const api = createWorkspaceApi('ws', db, () => now);
    const me = data.teamMembers.find((m) => m.role === 'sdr')!;
    const [lead, late] = await db.contacts.limit(2).toArray();
    const note = (fields: Partial<Notification>): Notification =>
      stampNew({ kind: 'hand_off' as const, memberId: null, role: null, contactId: lead!.id, detail: null, readAt: null, ...fields }, now - HOUR);
    const followUp: Task = stampNew(
      {
        title: 'Follow up',
        kind: 'follow_up' as const,
        contactId: late!.id,
        dealId: null,
        ownerId: me.id,
        dueAt: now - 2 * HOUR,
        slaDeadline: now - 2 * HOUR,
        doneAt: null,
      },
      now - 30 * HOUR,
    );
    const toMe = note({ memberId: me.id });
    const toMyRole = note({ kind: 'threshold', role: 'sdr' });
    const toSomeoneElse = note({ memberId: 'someone-else' });
    await runWrite(db, async () => {
      await db.notifications.bulkAdd([toMe, toMyRole, toSomeoneElse]);
      await db.tasks.add(followUp);
    });

    const lines = await api.queries.inbox({ memberId: me.id, role: me.role, seenBreaches: [] });
    const ours = lines.filter((l) => [toMe.id, toMyRole.id, toSomeoneElse.id, `sla:${followUp.id}`].includes(l.id));
    expect(ours.map((l) => [l.id, l.kind, l.contactName, l.read])).toEqual([
      [toMe.id, 'hand_off', contactDisplayName(lead!), false],
      [toMyRole.id, 'threshold', contactDisplayName(lead!), false],
      [`sla:${followUp.id}`, 'sla_breach', contactDisplayName(late!), false],
    ]);

    const changesBefore = await db.changes.count();
    expect(await api.actions.markNotificationsRead({ ids: [toMe.id, toMyRole.id, `sla:${followUp.id}`] })).toBe(2);
    expect(await db.changes.count()).toBe(changesBefore + 2);
    const after = await api.queries.inbox({ memberId: me.id, role: me.role, seenBreaches: [`sla:${followUp.id}`] });
    expect(after.filter((l) => ours.some((o) => o.id === l.id)).every((l) => l.read)).toBe(true);
  });
});
