import { assignContact } from '@shared/index';
import type { Assignment, Contact } from '@shared/model';
import type { WorkspaceDb } from '../workspace-db';

/**
 * Gives a contact to a new owner and logs the change (shared's assignContact), inside the
 * caller's write. Returns the contact with its new owner; the caller stores it.
 */
export async function recordAssignment(
  db: WorkspaceDb,
  contact: Contact,
  toOwnerId: string | null,
  how: Pick<Assignment, 'ruleId' | 'reason' | 'byMemberId'>,
  now: number,
): Promise<Contact> {
  const { contact: assigned, assignment } = assignContact(contact, toOwnerId, how, now);
  await db.assignments.add(assignment);
  return assigned;
}
