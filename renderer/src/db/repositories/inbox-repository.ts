import { inboxFor, type InboxItem, type InboxPerson } from '@shared/notifications/inbox';
import { contactDisplayName, notificationSchema } from '@shared/model';
import { runWrite } from '../write-path';
import type { WorkspaceDb } from '../workspace-db';

/** An inbox line with the contact's name to show. */
export type InboxLine = InboxItem & { contactName: string | null };

/** A person's inbox (shared's `inboxFor`), read through the member, role and owner indexes. */
export async function loadInbox(db: WorkspaceDb, me: InboxPerson, now: number, seenBreaches: readonly string[]): Promise<InboxLine[]> {
  const [toMe, toRole, tasks] = await Promise.all([
    db.notifications.where('memberId').equals(me.id).toArray(),
    db.notifications.where('role').equals(me.role).toArray(),
    db.tasks.where('ownerId').equals(me.id).toArray(),
  ]);
  const items = inboxFor(me, [...toMe, ...toRole.filter((n) => n.memberId === null)], tasks, now, new Set(seenBreaches));
  const contactIds = [...new Set(items.flatMap((i) => (i.contactId ? [i.contactId] : [])))];
  const contacts = new Map((await db.contacts.bulkGet(contactIds)).flatMap((c) => (c ? [[c.id, contactDisplayName(c)] as const] : [])));
  return items.map((i) => ({ ...i, contactName: i.contactId ? (contacts.get(i.contactId) ?? null) : null }));
}

/** Marks stored notifications read (one logged batch); ids that are not stored notifications are ignored. */
export async function markNotificationsRead(db: WorkspaceDb, ids: readonly string[], now: number): Promise<number> {
  return runWrite(db, async () => {
    const unread = (await db.notifications.bulkGet([...ids])).filter((n) => n !== undefined && n.readAt === null);
    await db.notifications.bulkPut(unread.map((n) => notificationSchema.parse({ ...n, readAt: now, updatedAt: now })));
    return unread.length;
  });
}
