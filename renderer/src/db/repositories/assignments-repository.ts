import { newId, type Assignment, type Contact } from '@shared/model';
import type { WorkspaceDb } from '../workspace-db';

/**
 * Gives a contact to a new owner and logs the change (routing or manual), inside the caller's
 * transaction. Returns the contact with its new owner; the caller stores it.
 */
export async function recordAssignment(
  db: WorkspaceDb,
  contact: Contact,
  toOwnerId: string | null,
  how: Pick<Assignment, 'ruleId' | 'reason' | 'byMemberId'>,
  now: number,
): Promise<Contact> {
  await db.assignments.add({
    id: newId(),
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
    contactId: contact.id,
    at: now,
    fromOwnerId: contact.ownerId,
    toOwnerId,
    ...how,
  });
  return { ...contact, ownerId: toOwnerId, updatedAt: now };
}
