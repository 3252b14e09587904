import type { Activity } from '../model/activity';
import type { Deal } from '../model/deal';
import type { Timestamp } from '../model/record';
import type { Task } from '../model/task';
import type { MappedImport } from './map-rows';
import { changedDealFields, mergeDeal, type DealMerge } from './merge-deal';
import type { DedupeMode, DedupePlan } from './plan-dedupe';

/** Deals of the file that are already stored, found by a key custom field (the source CRM's id, Maven's opportunity_id). */
export type DealMatching = { existing: readonly Deal[]; key: string; mode: DedupeMode };

export type LinkedRecords = {
  deals: Deal[];
  dealUpdates: (DealMerge & { rows: number[]; before: Deal })[];
  dealSkips: { rows: number[]; existingId: string }[];
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
  options: { now: Timestamp; newId: () => string; deals?: DealMatching },
): LinkedRecords {
  const { now, newId } = options;
  const matching = options.deals;
  const keyOf = (d: Deal) => {
    const value = matching && Object.hasOwn(d.customFields, matching.key) ? d.customFields[matching.key] : null;
    return value === null || value === undefined || String(value).trim() === '' ? null : String(value).trim();
  };
  const stored = new Map<string, Deal>();
  for (const d of matching?.existing ?? []) if (d.deletedAt === null && keyOf(d) !== null) stored.set(keyOf(d)!, d);
  const dealUpdates: LinkedRecords['dealUpdates'] = [];
  const dealSkips: LinkedRecords['dealSkips'] = [];
  const contactOf = (row: number | null) => (row === null ? null : (plan.contactIdByRow[row] ?? undefined));
  const unlinkedRows: number[] = [];
  const dealIdByRow = new Map<number, string>();
  const deals: Deal[] = [];
  // Positions by deal id, so folding a repeated key into its deal is not a scan of all deals so far.
  const createdIndex = new Map<string, number>();
  const updateIndex = new Map<string, number>();
  for (const c of mapped.deals) {
    const contactId = contactOf(c.contactRow);
    if (contactId === undefined) {
      unlinkedRows.push(c.row);
      continue;
    }
    const { row: _row, ownerName: _ownerName, companyName, contactRow: _contactRow, createdAt: created, ...fields } = c;
    const deal: Deal = {
      ...fields,
      id: newId(),
      createdAt: created ?? now,
      updatedAt: now,
      deletedAt: null,
      contactIds: contactId ? [contactId] : [],
      primaryContactId: contactId,
      companyId: companyName ? (plan.companyIdByName[norm(companyName)] ?? null) : null,
      stageEnteredAt: c.closedAt ?? created ?? now,
      lastActivityAt: null,
    };
    const key = keyOf(deal);
    const found = key === null ? undefined : stored.get(key);
    if (!matching || matching.mode === 'create' || found === undefined) {
      createdIndex.set(deal.id, deals.push(deal) - 1);
      dealIdByRow.set(c.row, deal.id);
      if (key !== null && matching?.mode !== 'create') stored.set(key, deal);
      continue;
    }
    dealIdByRow.set(c.row, found.id);
    const earlier = updateIndex.has(found.id) ? dealUpdates[updateIndex.get(found.id)!]! : undefined;
    if (matching.mode === 'skip') {
      dealSkips.push({ rows: [c.row], existingId: found.id });
      continue;
    }
    const merged = mergeDeal(found, { ...deal, id: found.id }, matching.mode, now);
    stored.set(key!, merged.record);
    if (createdIndex.has(found.id)) {
      // A later row of the file with the key of a deal this import creates: folded into that deal.
      deals[createdIndex.get(found.id)!] = merged.record;
      continue;
    }
    const before = earlier?.before ?? found;
    const update = {
      rows: [...(earlier?.rows ?? []), c.row],
      before,
      record: merged.record,
      changed: changedDealFields(before, merged.record),
      stageChange: deal.stageId !== before.stageId ? { from: before.stageId, to: deal.stageId } : null,
    };
    if (earlier) dealUpdates[updateIndex.get(found.id)!] = update;
    else if (update.changed.length > 0 || update.stageChange) updateIndex.set(found.id, dealUpdates.push(update) - 1);
    else dealSkips.push({ rows: [c.row], existingId: found.id });
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
  return { deals, dealUpdates, dealSkips, activities, tasks, unlinkedRows: [...new Set(unlinkedRows)].sort((a, b) => a - b) };
}
