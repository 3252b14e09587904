import type { Company } from '../model/company';
import { blankContactState, type Contact } from '../model/contact';
import type { Timestamp } from '../model/record';
import { duplicateReason, type DuplicateReason } from '../contacts/duplicates';
import { mergeContacts, type KeptValue } from '../contacts/merge-contacts';
import type { CompanyCandidate, ContactCandidate } from './import-candidates';

/** What an import does with a row that matches a record: leave it, fill its empty fields, write the file's values over it, or add a new record anyway. */
export type DedupeMode = 'skip' | 'fill' | 'overwrite' | 'create';

/** Why a record matched: the shared duplicate rule's reason (contacts) or the same name (companies); `matchedRow` is set when the match is an earlier row of the same file. */
export type MatchReason = { reason: DuplicateReason | 'company_name'; matchedRow: number | null; existingId: string };

/** `kept`: values of later rows of the file that differ from the record's, for its merge note (a create folds in later rows too). */
export type PlannedCreate<T> = { rows: number[]; record: T; duplicate: MatchReason | null; kept: KeptValue[] };
/** `stageChange`: the file moves the contact to another lifecycle stage; the write path logs it as a transition like any move. */
export type PlannedUpdate<T> = {
  rows: number[];
  before: T;
  record: T;
  match: MatchReason;
  changed: string[];
  kept: KeptValue[];
  stageChange?: { from: string; to: string } | null;
};
export type PlannedSkip = { rows: number[]; match: MatchReason };
export type EntityPlan<T> = { creates: PlannedCreate<T>[]; updates: PlannedUpdate<T>[]; skips: PlannedSkip[] };

export type DedupePlan = {
  contacts: EntityPlan<Contact>;
  companies: EntityPlan<Company>;
  /** Which record each file row's contact became (created, updated or matched and skipped): deals, activities and tasks link through it. */
  contactIdByRow: Record<number, string>;
  /** Company name (trimmed, lower case) → record id, the file's companies and the workspace's: contacts and deals link through it. */
  companyIdByName: Record<string, string>;
};

export type DedupeOptions = { now: Timestamp; newId: () => string; firstStageId: string };

const norm = (s: string | null | undefined) => (s ?? '').trim().toLowerCase();
const isEmpty = (v: unknown) => v === null || v === undefined || v === '';

/** Fields the record and the new version disagree on, for the preview's "will change" list. */
function changedFields(before: object, after: object): string[] {
  const a = before as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  return Object.keys(b).filter((k) => k !== 'updatedAt' && JSON.stringify(a[k]) !== JSON.stringify(b[k]));
}

function planCompanies(candidates: readonly CompanyCandidate[], existing: readonly Company[], mode: DedupeMode, options: DedupeOptions) {
  const plan: EntityPlan<Company> = { creates: [], updates: [], skips: [] };
  const idByName: Record<string, string> = {};
  const byName = new Map(existing.filter((c) => c.deletedAt === null).map((c) => [norm(c.name), c]));
  for (const candidate of candidates) {
    const { rows, ownerName: _ownerName, ...fields } = candidate;
    const found = byName.get(norm(candidate.name));
    const key = norm(candidate.name);
    if (!found || mode === 'create') {
      const record: Company = { id: options.newId(), createdAt: options.now, updatedAt: options.now, deletedAt: null, technologies: [], ...fields };
      plan.creates.push({ rows, record, duplicate: found ? { reason: 'company_name', matchedRow: null, existingId: found.id } : null, kept: [] });
      idByName[key] ??= record.id;
      continue;
    }
    const match: MatchReason = { reason: 'company_name', matchedRow: null, existingId: found.id };
    idByName[key] = found.id;
    if (mode === 'skip') {
      plan.skips.push({ rows, match });
      continue;
    }
    const record: Company = { ...found, customFields: { ...found.customFields }, updatedAt: options.now };
    const kept: KeptValue[] = [];
    const into = record as Record<string, unknown>;
    const take = (field: string, mine: unknown, theirs: unknown) => {
      if (isEmpty(theirs)) return;
      if (isEmpty(mine) || mode === 'overwrite') {
        if (!isEmpty(mine) && mine !== theirs) kept.push({ field, value: String(mine) });
        return true;
      }
      if (mine !== theirs) kept.push({ field, value: String(theirs) });
      return false;
    };
    for (const field of ['domain', 'industry', 'employeeCount', 'annualRevenue', 'country', 'region', 'ownerId'] as const)
      if (take(field, found[field], fields[field])) into[field] = fields[field];
    for (const [k, v] of Object.entries(fields.customFields))
      if (take(`customFields.${k}`, Object.hasOwn(found.customFields, k) ? found.customFields[k] : null, v))
        record.customFields = { ...record.customFields, [k]: v };
    const changed = changedFields(found, record);
    if (changed.length === 0) plan.skips.push({ rows, match });
    else plan.updates.push({ rows, before: found, record, match, changed, kept });
  }
  return { plan, idByName };
}

function toContact(c: ContactCandidate, companyId: string | null, options: DedupeOptions, id: string): Contact {
  return {
    id,
    createdAt: c.createdAt ?? options.now,
    updatedAt: options.now,
    deletedAt: null,
    firstName: c.firstName,
    lastName: c.lastName,
    email: c.email,
    phone: c.phone,
    jobTitle: c.jobTitle,
    companyId,
    lifecycleStage: c.lifecycleStage ?? options.firstStageId,
    stageEnteredAt: options.now,
    ownerId: c.ownerId,
    personaId: null,
    source: c.source,
    ...blankContactState(),
    tags: c.tags,
    customFields: c.customFields,
  };
}

const stageChangeOf = (before: Contact, after: Contact) =>
  before.lifecycleStage === after.lifecycleStage ? null : { from: before.lifecycleStage, to: after.lifecycleStage };

/** The file's values that are not empty, laid over the record: what "overwrite" writes before the merge rule fills the rest. */
function overlay(record: Contact, incoming: Contact, c: ContactCandidate): Contact {
  const next: Contact = {
    ...record,
    tags: [...new Set([...record.tags, ...incoming.tags])],
    customFields: { ...record.customFields, ...incoming.customFields },
  };
  for (const field of ['firstName', 'lastName', 'email', 'phone', 'jobTitle', 'companyId', 'ownerId', 'source'] as const)
    if (!isEmpty(incoming[field])) (next as Record<string, unknown>)[field] = incoming[field];
  if (c.lifecycleStage !== null && c.lifecycleStage !== record.lifecycleStage) {
    next.lifecycleStage = c.lifecycleStage;
    next.stageEnteredAt = incoming.stageEnteredAt;
    next.recycleReason = null;
  }
  return next;
}

/**
 * What an import will do with each candidate contact and company, given the workspace's records:
 * contacts match by the shared duplicate rule (same e-mail in any case, else same name at a
 * company of the same name), companies by name; rows of the same file match each other too.
 * 'fill' merges with the shared merge rule (empty fields filled, differing values listed as kept);
 * 'overwrite' writes the file's non-empty values and lets the merge rule keep the rest; 'skip'
 * leaves matches alone; 'create' adds every row. Records come with ids, ready for the write path.
 */
export function planDedupe(
  candidates: { contacts: readonly ContactCandidate[]; companies: readonly CompanyCandidate[] },
  existing: { contacts: readonly Contact[]; companies: readonly Company[] },
  mode: DedupeMode,
  options: DedupeOptions,
): DedupePlan {
  const { plan: companies, idByName } = planCompanies(candidates.companies, existing.companies, mode, options);
  const companyName = new Map<string, string>(existing.companies.map((c) => [c.id, c.name]));
  // A contact may name a company the file has no row of its own for: an existing one of that name is its company.
  for (const c of existing.companies) if (c.deletedAt === null) idByName[norm(c.name)] ??= c.id;
  for (const c of companies.creates) companyName.set(c.record.id, c.record.name);
  const plan: EntityPlan<Contact> = { creates: [], updates: [], skips: [] };
  const contactIdByRow: Record<number, string> = {};
  // Indexed by e-mail and by name + company so a 100,000-contact workspace is not scanned per row; duplicateReason still decides.
  const current = new Map<string, { contact: Contact; row: number | null; planned: PlannedCreate<Contact> | PlannedUpdate<Contact> | null }>();
  const byEmail = new Map<string, string>();
  const byName = new Map<string, string>();
  const nameKey = (first: string, last: string, company: string | null) => `${norm(first)}\u0000${norm(last)}\u0000${norm(company)}`;
  const index = (c: Contact) => {
    if (norm(c.email)) byEmail.set(norm(c.email), c.id);
    const company = c.companyId ? (companyName.get(c.companyId) ?? null) : null;
    if (norm(company) && (norm(c.firstName) || norm(c.lastName))) byName.set(nameKey(c.firstName, c.lastName, company), c.id);
  };
  for (const c of existing.contacts) {
    if (c.deletedAt !== null) continue;
    current.set(c.id, { contact: c, row: null, planned: null });
    index(c);
  }
  for (const candidate of candidates.contacts) {
    const companyId = candidate.companyName ? (idByName[norm(candidate.companyName)] ?? null) : null;
    const probe = { email: candidate.email ?? '', firstName: candidate.firstName, lastName: candidate.lastName, companyName: candidate.companyName ?? '' };
    const ids = [byEmail.get(norm(candidate.email)), byName.get(nameKey(candidate.firstName, candidate.lastName, candidate.companyName))];
    let found: { id: string; reason: DuplicateReason } | null = null;
    for (const id of ids) {
      const entry = id ? current.get(id) : undefined;
      const reason = entry ? duplicateReason(probe, entry.contact, entry.contact.companyId ? (companyName.get(entry.contact.companyId) ?? null) : null) : null;
      if (entry && reason) {
        found = { id: entry.contact.id, reason };
        break;
      }
    }
    const entry = found ? current.get(found.id)! : null;
    const match: MatchReason | null = found && entry ? { reason: found.reason, matchedRow: entry.row, existingId: found.id } : null;
    if (!entry || !match || mode === 'create') {
      const record = toContact(candidate, companyId, options, options.newId());
      const planned: PlannedCreate<Contact> = { rows: [candidate.row], record, duplicate: match, kept: [] };
      plan.creates.push(planned);
      current.set(record.id, { contact: record, row: candidate.row, planned });
      index(record);
      contactIdByRow[candidate.row] = record.id;
      continue;
    }
    contactIdByRow[candidate.row] = entry.contact.id;
    if (mode === 'skip') {
      plan.skips.push({ rows: [candidate.row], match });
      continue;
    }
    const incoming = toContact(candidate, companyId, options, entry.contact.id);
    const base = mode === 'overwrite' ? overlay(entry.contact, incoming, candidate) : entry.contact;
    const merged = mergeContacts(base, mode === 'overwrite' ? entry.contact : incoming, options.now);
    // An import never makes a record younger than it is.
    const record: Contact = { ...merged.contact, createdAt: Math.min(entry.contact.createdAt, merged.contact.createdAt) };
    if (entry.planned) {
      // A later row of the file matched an earlier one: fold it into that row's create or update.
      entry.planned.rows.push(candidate.row);
      entry.planned.record = record;
      entry.planned.kept.push(...merged.kept);
      if ('before' in entry.planned) {
        entry.planned.changed = changedFields(entry.planned.before, record);
        entry.planned.stageChange = stageChangeOf(entry.planned.before, record);
      }
    } else {
      const planned: PlannedUpdate<Contact> = {
        rows: [candidate.row],
        before: entry.contact,
        record,
        match,
        changed: changedFields(entry.contact, record),
        kept: merged.kept,
        stageChange: stageChangeOf(entry.contact, record),
      };
      plan.updates.push(planned);
      entry.planned = planned;
    }
    entry.contact = record;
    index(record);
  }
  // A matched row that changed nothing is a skip, so the preview does not promise updates that write nothing.
  const updates = plan.updates.filter((u) => u.changed.length > 0);
  for (const u of plan.updates) if (u.changed.length === 0) plan.skips.push({ rows: u.rows, match: u.match });
  return { contacts: { ...plan, updates }, companies, contactIdByRow, companyIdByName: idByName };
}
