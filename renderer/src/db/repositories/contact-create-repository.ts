import { fieldErrorsFromIssues } from '@shared/model';
import { runWrite } from '../write-path';
import {
  assignPersona,
  contactDisplayName,
  duplicateReason,
  mergeContacts as mergeRule,
  replayTransitions,
  scoreContact,
  withCachedScores,
  type DuplicateReason,
  type KeptValue,
} from '@shared/index';
import { blankContactState, companySchema, contactSchema, newId, type Activity, type Company, type Contact, type StageTransition } from '@shared/model';
import type { WorkspaceDb } from '../workspace-db';
import { saveContactChange } from './automation-repository';
import type { EditResult } from './contact-edit-repository';
import { getActiveDesign } from './scoring-context-repository';

export type QuickAddInput = { firstName: string; lastName: string; email: string; companyName: string; jobTitle: string };
export type Duplicate = { contact: Contact; companyName: string | null; reason: DuplicateReason };

/** Live contacts shared's duplicate rule calls the same person; the indexes find the candidates. */
export async function findDuplicates(
  db: WorkspaceDb,
  input: Pick<QuickAddInput, 'email' | 'firstName' | 'lastName' | 'companyName'>,
  exceptId?: string,
): Promise<Duplicate[]> {
  const candidates = new Map<string, { contact: Contact; companyName: string | null }>();
  const companyName = async (c: Contact) => (c.companyId ? ((await db.companies.get(c.companyId))?.name ?? null) : null);
  if (input.email.trim())
    for (const c of await db.contacts.where('email').equalsIgnoreCase(input.email.trim()).toArray())
      candidates.set(c.id, { contact: c, companyName: await companyName(c) });
  if (input.companyName.trim())
    for (const company of await db.companies.where('name').equalsIgnoreCase(input.companyName.trim()).toArray())
      for (const c of await db.contacts.where('companyId').equals(company.id).toArray())
        if (!candidates.has(c.id)) candidates.set(c.id, { contact: c, companyName: company.name });
  const probe = { ...input };
  const found: Duplicate[] = [];
  for (const { contact, companyName: name } of candidates.values()) {
    if (contact.deletedAt !== null || contact.id === exceptId) continue;
    const reason = duplicateReason(probe, contact, name);
    if (reason) found.push({ contact, companyName: name, reason });
  }
  return found;
}

/** Name and e-mail are enough: creates the contact in the first stage (and its company if new), logs its creation. */
export async function quickAddContact(
  db: WorkspaceDb,
  input: QuickAddInput,
  byMemberId: string | null,
  now: number = Date.now(),
): Promise<EditResult<Contact>> {
  return runWrite(db, async () => {
    const design = await getActiveDesign(db);
    if (!design) return { ok: false, errors: [{ field: '(workspace)', code: 'no_lifecycle' }] };
    const firstStage = design.lifecycle.stages[0]!.id;
    const jobTitle = input.jobTitle.trim() || null;
    const draft = {
      id: newId(),
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
      firstName: input.firstName.trim(),
      lastName: input.lastName.trim(),
      email: input.email.trim() || null,
      phone: null,
      jobTitle,
      companyId: null,
      lifecycleStage: firstStage,
      stageEnteredAt: now,
      ownerId: byMemberId,
      personaId: assignPersona(jobTitle, await db.personas.toArray())?.personaId ?? null,
      source: 'manual',
      ...blankContactState(),
    };
    if (!draft.firstName && !draft.lastName) return { ok: false, errors: [{ field: 'firstName', code: 'required' }] };
    const parsed = contactSchema.safeParse(draft);
    if (!parsed.success) return { ok: false, errors: fieldErrorsFromIssues(parsed.error.issues) };
    // Validated first: a company is only created for a contact that will be written.
    let company: Company | null = null;
    if (input.companyName.trim()) {
      company = (await db.companies.where('name').equalsIgnoreCase(input.companyName.trim()).first()) ?? null;
      if (!company) {
        const made = companySchema.safeParse({
          id: newId(),
          createdAt: now,
          updatedAt: now,
          deletedAt: null,
          name: input.companyName.trim(),
          domain: null,
          industry: null,
          employeeCount: null,
          annualRevenue: null,
          country: null,
          region: null,
          technologies: [],
          ownerId: null,
          customFields: {},
        });
        if (!made.success) return { ok: false, errors: fieldErrorsFromIssues(made.error.issues).map((e) => ({ ...e, field: 'companyName' })) };
        company = made.data;
        await db.companies.add(company);
      }
    }
    parsed.data.companyId = company?.id ?? null;
    const score = scoreContact(parsed.data, [], design.model, now, { company, icp: design.icp });
    const contact = withCachedScores(parsed.data, score, [], now);
    await db.contacts.add(contact);
    const created: StageTransition = {
      id: newId(),
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
      contactId: contact.id,
      from: null,
      to: firstStage,
      at: now,
      byMemberId,
      kind: 'created',
      reason: null,
      recycleReason: null,
      override: false,
    };
    await db.transitions.add(created);
    // A new contact is a change like any other: a fit-weighted model may find it ready at once.
    const saved = await saveContactChange(db, contact, contact, design, now);
    return { ok: true, value: saved.contact };
  });
}

/** What a merge did: the kept contact, and the other record's differing values now in the merge note. */
export type MergeOutcome = { contact: Contact; kept: KeptValue[] };

/**
 * Merges `duplicateId` into `keepId`: every activity, transition, task, deal, assignment and
 * notification moves over; the fields follow shared's merge rule (empty fields filled, newest
 * consent, differing values kept in a merge note on the timeline, the stage of the record further
 * along); the duplicate is soft-deleted. Replaying the joined log still gives the stage.
 */
export async function mergeContacts(db: WorkspaceDb, keepId: string, duplicateId: string, now: number = Date.now()): Promise<EditResult<MergeOutcome>> {
  return runWrite(db, async () => {
    const [keep, duplicate] = await Promise.all([db.contacts.get(keepId), db.contacts.get(duplicateId)]);
    const design = await getActiveDesign(db);
    if (!keep || !duplicate || keep.deletedAt !== null || duplicate.deletedAt !== null || keepId === duplicateId || !design)
      return { ok: false, errors: [{ field: 'contactId', code: 'same_record' }] };
    const move = { contactId: keepId, updatedAt: now };
    await db.activities.where('[contactId+at]').between([duplicateId, -Infinity], [duplicateId, Infinity]).modify(move);
    await db.transitions.where('contactId').equals(duplicateId).modify(move);
    await db.tasks.where('contactId').equals(duplicateId).modify(move);
    await db.assignments.where('contactId').equals(duplicateId).modify(move);
    await db.notifications.filter((n) => n.contactId === duplicateId).modify(move);
    await db.deals
      .where('contactIds')
      .equals(duplicateId)
      .modify((d) => {
        d.contactIds = [...new Set(d.contactIds.map((id) => (id === duplicateId ? keepId : id)))];
        if (d.primaryContactId === duplicateId) d.primaryContactId = keepId;
        d.updatedAt = now;
      });
    const { contact: merged, kept } = mergeRule(keep, duplicate, now, design.lifecycle);
    // The joined log must replay to the merged stage: when it would not, the merge is a logged move.
    const log = await db.transitions.where('contactId').equals(keepId).toArray();
    const replayed = replayTransitions(log).get(keepId) ?? keep.lifecycleStage;
    if (replayed !== merged.lifecycleStage)
      await db.transitions.add({
        id: newId(),
        createdAt: now,
        updatedAt: now,
        deletedAt: null,
        contactId: keepId,
        from: replayed,
        to: merged.lifecycleStage,
        at: now,
        byMemberId: null,
        kind: 'move',
        reason: 'merge',
        recycleReason: merged.recycleReason,
        override: false,
      });
    const named = await withNames(db, kept);
    const note: Activity = {
      id: newId(),
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
      contactId: keepId,
      dealId: null,
      type: 'note_added',
      at: now,
      url: null,
      seconds: null,
      meta: { kind: 'merge', mergedFrom: contactDisplayName(duplicate), kept: JSON.stringify(named) },
      byMemberId: null,
    };
    await db.activities.add(note);
    const saved = await saveContactChange(db, keep, merged, design, now);
    await db.contacts.put({ ...duplicate, deletedAt: now, updatedAt: now });
    return { ok: true, value: { contact: saved.contact, kept: named } };
  });
}

/** The merge note shows names, not ids: a kept company, persona or owner is written by name. */
async function withNames(db: WorkspaceDb, kept: KeptValue[]): Promise<KeptValue[]> {
  return Promise.all(
    kept.map(async ({ field, value }) => {
      if (field === 'companyId') return { field: 'company', value: (await db.companies.get(value))?.name ?? value };
      if (field === 'personaId') return { field: 'persona', value: (await db.personas.get(value))?.name ?? value };
      if (field === 'ownerId') return { field: 'owner', value: (await db.teamMembers.get(value))?.name ?? value };
      return { field, value };
    }),
  );
}
