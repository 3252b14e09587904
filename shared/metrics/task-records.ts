import type { Deal } from '../model/deal';
import type { Task } from '../model/task';

/** Records a figure opens in their list: contacts in the leads list, deals in the pipeline's list view. */
export type RecordRefs = { kind: 'contacts' | 'deals'; ids: string[] };

/**
 * The records a set of tasks belongs to, so a task count opens something a list can show: their deals
 * when every task is on a deal (an AE's next steps), else their contacts — a deal task's own contact,
 * or its deal's first contact. Distinct and in task order; tasks of neither add nothing.
 */
export function taskRecords(taskIds: readonly string[], taskById: ReadonlyMap<string, Task>, dealById: ReadonlyMap<string, Deal>): RecordRefs {
  const tasks = taskIds.map((id) => taskById.get(id)).filter((t): t is Task => t !== undefined);
  if (tasks.length > 0 && tasks.every((t) => t.dealId !== null)) return { kind: 'deals', ids: [...new Set(tasks.map((t) => t.dealId!))] };
  const contacts = new Set<string>();
  for (const t of tasks) {
    const contactId = t.contactId ?? (t.dealId === null ? null : (dealById.get(t.dealId)?.primaryContactId ?? null));
    if (contactId !== null) contacts.add(contactId);
  }
  return { kind: 'contacts', ids: [...contacts] };
}
