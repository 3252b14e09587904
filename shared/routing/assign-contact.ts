import type { Assignment } from '../model/assignment';
import type { Contact } from '../model/contact';
import { stampNew, type Timestamp } from '../model/record';

/**
 * Gives a contact to a new owner: the contact with its owner changed, and the assignment log line
 * (routing rule, fallback or manual) that the timeline shows. Routing and manual reassignment use it.
 */
export function assignContact(
  contact: Contact,
  toOwnerId: string | null,
  how: Pick<Assignment, 'ruleId' | 'reason' | 'byMemberId'>,
  now: Timestamp,
): { contact: Contact; assignment: Assignment } {
  const assignment = stampNew({ contactId: contact.id, at: now, fromOwnerId: contact.ownerId, toOwnerId, ...how }, now);
  return { contact: { ...contact, ownerId: toOwnerId, updatedAt: now }, assignment };
}
