import type { Activity } from '../model/activity';
import type { Deal } from '../model/deal';
import type { Timestamp } from '../model/record';
import type { Task } from '../model/task';
import type { MappedImport } from './map-rows';
import type { DedupePlan } from './plan-dedupe';

export type LinkedRecords = {
  deals: Deal[];
  activities: Activity[];
  tasks: Task[];
  /** Rows whose contact is in no plan (the plan was made from other candidates): nothing of theirs is in the records. */
  unlinkedRows: number[];
};

const norm = (s: string) => s.trim().toLowerCase();

/**
 * The file's deals, behaviour events and tasks as stored records, linked to the contacts and
 * companies the dedupe plan created, updated or matched (a skipped contact still gets its row's
 * deal). A closed deal entered its stage when it closed; an open one when it was created, else now.
 */
export function linkRecords(
  mapped: Pick<MappedImport, 'deals' | 'activities' | 'tasks'>,
  plan: Pick<DedupePlan, 'contactIdByRow' | 'companyIdByName'>,
  options: { now: Timestamp; newId: () => string },
): LinkedRecords {
  const { now, newId } = options;
  const contactOf = (row: number | null) => (row === null ? null : (plan.contactIdByRow[row] ?? undefined));
  const unlinkedRows: number[] = [];
  const dealIdByRow = new Map<number, string>();
  const deals: Deal[] = [];
  for (const c of mapped.deals) {
    const contactId = contactOf(c.contactRow);
    if (contactId === undefined) {
      unlinkedRows.push(c.row);
      continue;
    }
    const { row: _row, ownerName: _ownerName, companyName, contactRow: _contactRow, createdAt, ...fields } = c;
    const deal: Deal = {
      ...fields,
      id: newId(),
      createdAt: createdAt ?? now,
      updatedAt: now,
      deletedAt: null,
      contactIds: contactId ? [contactId] : [],
      primaryContactId: contactId,
      companyId: companyName ? (plan.companyIdByName[norm(companyName)] ?? null) : null,
      stageEnteredAt: c.closedAt ?? createdAt ?? now,
      lastActivityAt: null,
    };
    deals.push(deal);
    dealIdByRow.set(c.row, deal.id);
  }
  const activities: Activity[] = [];
  for (const a of mapped.activities) {
    const contactId = contactOf(a.contactRow);
    if (!contactId) {
      unlinkedRows.push(a.row);
      continue;
    }
    const { row, contactRow: _contactRow, ...fields } = a;
    activities.push({
      ...fields,
      id: newId(),
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
      contactId,
      dealId: dealIdByRow.get(row) ?? null,
      byMemberId: null,
    });
  }
  const tasks: Task[] = [];
  for (const t of mapped.tasks) {
    const contactId = contactOf(t.contactRow);
    if (contactId === undefined) {
      unlinkedRows.push(t.row);
      continue;
    }
    const { row: _row, ownerName: _ownerName, contactRow: _contactRow, dealRow, ...fields } = t;
    tasks.push({
      ...fields,
      id: newId(),
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
      contactId,
      dealId: dealRow === null ? null : (dealIdByRow.get(dealRow) ?? null),
      slaDeadline: null,
    });
  }
  return { deals, activities, tasks, unlinkedRows: [...new Set(unlinkedRows)].sort((a, b) => a - b) };
}
