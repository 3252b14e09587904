import { icpFit, searchText, stageSlaStatus, toLeadRow, type LeadRow } from '@shared/index';
import type { Company, Contact, Icp, Task, WorkingCalendar } from '@shared/model';
import type { WorkspaceDb } from '../workspace-db';
import { getWorkspaceMeta } from './meta-repository';

/** Rows, their search texts and where each id sits: what the leads list filters in memory. */
export type LeadIndex = { rows: LeadRow[]; texts: string[]; position: Map<string, number>; watermark: number };

type Joins = {
  companies: Map<string, Company>;
  icp: Icp | null;
  slaTasks: Map<string, Task[]>;
  calendar: WorkingCalendar | null;
  now: number;
  icpByCompany: Map<string, boolean>;
};

/**
 * Companies, ICP and SLA states the rows need. With `only`, just those contacts' companies and tasks are
 * read: the first screen and each live merge touch a handful of contacts, not the 30k-company table.
 */
async function loadJoins(db: WorkspaceDb, now: number, only?: readonly Contact[]): Promise<Joins> {
  const companyIds = only ? [...new Set(only.map((c) => c.companyId).filter((id): id is string => id !== null))] : null;
  const [companyRows, meta, slaTasks_] = await Promise.all([
    companyIds ? db.companies.bulkGet(companyIds) : db.companies.toArray(),
    getWorkspaceMeta(db),
    only
      ? db.tasks
          .where('contactId')
          .anyOf(only.map((c) => c.id))
          .toArray()
      : db.tasks.toArray(),
  ]);
  const companies = companyRows.filter((c): c is Company => c !== undefined);
  const icp = meta?.activeIcpId ? ((await db.icps.get(meta.activeIcpId)) ?? null) : null;
  // Open SLA tasks per contact; which of them still run depends on the contact's stage (rowOf).
  const slaTasks = new Map<string, Task[]>();
  for (const t of slaTasks_) {
    if (t.deletedAt !== null || t.doneAt !== null || t.slaDeadline === null || !t.contactId) continue;
    slaTasks.set(t.contactId, [...(slaTasks.get(t.contactId) ?? []), t]);
  }
  return { companies: new Map(companies.map((c) => [c.id, c])), icp, slaTasks, calendar: meta?.calendar ?? null, now, icpByCompany: new Map() };
}

function rowOf(contact: Contact, joins: Joins): LeadRow {
  const company = contact.companyId ? (joins.companies.get(contact.companyId) ?? null) : null;
  let inIcp: boolean | null = null;
  if (company && joins.icp) {
    inIcp = joins.icpByCompany.get(company.id) ?? null;
    if (inIcp === null) joins.icpByCompany.set(company.id, (inIcp = icpFit(company, joins.icp).inIcp));
  }
  const tasks = joins.slaTasks.get(contact.id);
  // The SLA of the contact's current stage only: an accepted or recycled MQL no longer shows its old hand-off SLA.
  const sla = tasks && joins.calendar ? stageSlaStatus(contact, tasks, joins.calendar, joins.now) : null;
  return toLeadRow(contact, company, inIcp, sla ? (sla.state as LeadRow['slaState']) : null);
}

/** Loads every live contact as a list row (one read per table, joins in memory). */
export async function loadLeadIndex(db: WorkspaceDb, now: number): Promise<LeadIndex> {
  const [contacts, joins] = await Promise.all([db.contacts.toArray(), loadJoins(db, now)]);
  const rows: LeadRow[] = [];
  let watermark = 0;
  for (const c of contacts) {
    watermark = Math.max(watermark, c.updatedAt);
    if (c.deletedAt === null) rows.push(rowOf(c, joins));
  }
  return { rows, texts: rows.map(searchText), position: new Map(rows.map((r, i) => [r.id, i])), watermark };
}

/** The newest contacts, for a first screen before the whole index has loaded. */
export async function loadFirstLeadRows(db: WorkspaceDb, now: number, limit: number): Promise<LeadRow[]> {
  const contacts = await db.contacts
    .orderBy('updatedAt')
    .reverse()
    .filter((c) => c.deletedAt === null)
    .limit(limit)
    .toArray();
  const joins = await loadJoins(db, now, contacts);
  return contacts.map((c) => rowOf(c, joins));
}

/** Contacts changed at or after the watermark (edits, soft deletes, imports of newer records). */
export async function contactsChangedSince(db: WorkspaceDb, watermark: number): Promise<Contact[]> {
  return db.contacts.where('updatedAt').aboveOrEqual(watermark).toArray();
}

/** Applies changed contacts to an index without reloading it: replaced, added, or removed when soft-deleted. */
export async function mergeIntoLeadIndex(db: WorkspaceDb, index: LeadIndex, changed: Contact[], now: number): Promise<LeadIndex> {
  if (changed.length === 0) return index;
  const joins = await loadJoins(db, now, changed);
  const rows = [...index.rows];
  const texts = [...index.texts];
  const removed = new Set<string>();
  let watermark = index.watermark;
  for (const c of changed) {
    watermark = Math.max(watermark, c.updatedAt);
    const at = index.position.get(c.id);
    if (c.deletedAt !== null) {
      if (at !== undefined) removed.add(c.id);
      continue;
    }
    const row = rowOf(c, joins);
    if (at === undefined) {
      rows.push(row);
      texts.push(searchText(row));
    } else {
      rows[at] = row;
      texts[at] = searchText(row);
    }
  }
  const keep = removed.size ? rows.map((r, i) => [r, texts[i]!] as const).filter(([r]) => !removed.has(r.id)) : null;
  const finalRows = keep ? keep.map(([r]) => r) : rows;
  const finalTexts = keep ? keep.map(([, t]) => t) : texts;
  return { rows: finalRows, texts: finalTexts, position: new Map(finalRows.map((r, i) => [r.id, i])), watermark };
}
