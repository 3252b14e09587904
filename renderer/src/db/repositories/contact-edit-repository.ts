import { runWrite } from '../write-path';
import { assignPersona, consentAfterActivity, consentDecision, mergeEdit, touchDeal, type AppliedAction, type AutomationTrigger } from '@shared/index';
import {
  activitySchema,
  consentSchema,
  contactSchema,
  dealSchema,
  newId,
  stampNew,
  taskSchema,
  type Activity,
  type ActivityType,
  type BantRatings,
  type Consent,
  type Contact,
  type Deal,
  type FieldError,
  type Task,
  fieldError,
  fieldErrorsFromIssues,
} from '@shared/model';
import type { WorkspaceDb } from '../workspace-db';
import { getActiveDesign, type ActiveDesign } from './scoring-context-repository';
import { saveContactChange } from './automation-repository';

/** A refused edit names each field and why, as reason codes the UI puts into words. */
export type { FieldError };
export type EditResult<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

const notFound: EditResult<never> = { ok: false, errors: [{ field: 'contactId', code: 'not_found' }] };

/**
 * Runs one contact edit in one transaction: loads the live contact and the design, lets `edit`
 * validate and change it, then saves through the one write path (rescoring, automation re-check).
 */
async function editContact<T>(
  db: WorkspaceDb,
  contactId: string,
  now: number,
  edit: (contact: Contact, design: ActiveDesign) => Promise<EditResult<Contact>> | EditResult<Contact>,
  result: (saved: { contact: Contact; trigger: AutomationTrigger | null; applied: AppliedAction[] }) => T,
): Promise<EditResult<T>> {
  return runWrite(db, async () => {
    const contact = await db.contacts.get(contactId);
    const design = await getActiveDesign(db);
    if (!contact || contact.deletedAt !== null || !design) return notFound;
    const edited = await edit(contact, design);
    if (!edited.ok) return edited;
    return { ok: true, value: result(await saveContactChange(db, contact, edited.value, design, now)) };
  });
}

export type LoggedActivity = { activity: Activity; contact: Contact; trigger: AutomationTrigger | null; applied: AppliedAction[] };

/** Logs a touch or a behaviour event, rescores the contact and runs the automation if it is now due. */
export async function logActivity(
  db: WorkspaceDb,
  contactId: string,
  input: { type: ActivityType; url?: string | null; seconds?: number | null; note?: string; at?: number; dealId?: string | null },
  byMemberId: string | null,
  now: number = Date.now(),
): Promise<EditResult<LoggedActivity>> {
  let activity: Activity | null = null;
  return editContact(
    db,
    contactId,
    now,
    async (contact) => {
      // Logged on a deal: it must be one of this contact's deals; a touch resets the deal's idle clock.
      // A note is its text: an empty one says nothing and is refused rather than logged as a touch.
      if (input.type === 'note_added' && !input.note?.trim()) return { ok: false, errors: [{ field: 'note', code: 'required' }] };
      const deal = input.dealId ? await db.deals.get(input.dealId) : null;
      if (input.dealId && (!deal || deal.deletedAt !== null || !deal.contactIds.includes(contactId)))
        return { ok: false, errors: [{ field: 'dealId', code: 'not_found' }] };
      const parsed = activitySchema.safeParse({
        id: newId(),
        createdAt: now,
        updatedAt: now,
        deletedAt: null,
        contactId,
        dealId: deal?.id ?? null,
        type: input.type,
        at: input.at ?? now,
        url: input.url?.trim() || null,
        seconds: input.seconds ?? null,
        meta: input.note?.trim() ? { note: input.note.trim() } : {},
        byMemberId,
      });
      if (!parsed.success) return { ok: false, errors: fieldErrorsFromIssues(parsed.error.issues) };
      activity = parsed.data;
      await db.activities.add(parsed.data);
      const touched = deal && touchDeal(deal, parsed.data, now);
      if (touched) await db.deals.put(touched);
      // An unsubscribe withdraws consent: the contact may not be nurtured or handed off on it any more.
      return { ok: true, value: { ...contact, consent: consentAfterActivity(contact.consent, parsed.data) } };
    },
    (saved) => ({ activity: activity!, ...saved }),
  );
}

/** Sets BANT ratings (0–100 each, or null) and rescores. */
export async function rateBant(db: WorkspaceDb, contactId: string, bant: BantRatings, now: number = Date.now()): Promise<EditResult<Contact>> {
  return editContact(
    db,
    contactId,
    now,
    (contact) => {
      const parsed = contactSchema.shape.bant.safeParse(bant);
      if (!parsed.success) return { ok: false, errors: fieldErrorsFromIssues(parsed.error.issues, 'bant') };
      return { ok: true, value: { ...contact, bant: parsed.data } };
    },
    (saved) => saved.contact,
  );
}

/** Records consent given or withdrawn, with its source: a missing consent is often what held a lead back from MQL. */
export async function recordConsent(
  db: WorkspaceDb,
  contactId: string,
  input: { status: Consent['status']; source: string | null },
  now: number = Date.now(),
): Promise<EditResult<{ contact: Contact; applied: AppliedAction[] }>> {
  return editContact(
    db,
    contactId,
    now,
    (contact) => {
      const decided = consentDecision(contact.consent, input.status, input.source, now);
      if (!decided.ok) return { ok: false, errors: [{ field: 'consent.source', code: 'source_required' }] };
      const parsed = consentSchema.safeParse(decided.consent);
      if (!parsed.success) return { ok: false, errors: fieldErrorsFromIssues(parsed.error.issues, 'consent') };
      return { ok: true, value: { ...contact, consent: parsed.data } };
    },
    (saved) => ({ contact: saved.contact, applied: saved.applied }),
  );
}

export type ProfilePatch = Partial<Pick<Contact, 'firstName' | 'lastName' | 'email' | 'phone' | 'jobTitle' | 'source'>>;

const cleanProfile = (patch: ProfilePatch): ProfilePatch =>
  Object.fromEntries(
    Object.entries(patch).map(([k, v]) => [k, typeof v === 'string' ? (v.trim() === '' && k !== 'firstName' && k !== 'lastName' ? null : v.trim()) : v]),
  );

/**
 * Edits profile fields, validated by the contact schema; a new job title re-assigns the persona.
 * With `base` (the values the edit started from) the edit merges with changes made meanwhile in
 * another window: untouched fields stay theirs, a field both changed comes back as a conflict.
 */
export async function updateProfile(
  db: WorkspaceDb,
  contactId: string,
  patch: ProfilePatch,
  now: number = Date.now(),
  base?: ProfilePatch,
): Promise<EditResult<Contact>> {
  return editContact(
    db,
    contactId,
    now,
    async (contact) => {
      let clean = cleanProfile(patch);
      if (base) {
        const merged = mergeEdit<ProfilePatch>(contact, cleanProfile(base), clean);
        if (!merged.ok) return { ok: false, errors: merged.conflicts.map((c) => fieldError(c.field, 'edit_conflict', { theirs: String(c.theirs ?? '') })) };
        clean = merged.patch;
      }
      const next = { ...contact, ...clean };
      if (!next.firstName && !next.lastName) return { ok: false, errors: [{ field: 'firstName', code: 'required' }] };
      if (patch.jobTitle !== undefined && patch.jobTitle !== contact.jobTitle)
        next.personaId = assignPersona(next.jobTitle, await db.personas.toArray())?.personaId ?? contact.personaId;
      const parsed = contactSchema.safeParse(next);
      if (!parsed.success) return { ok: false, errors: fieldErrorsFromIssues(parsed.error.issues) };
      return { ok: true, value: parsed.data };
    },
    (saved) => saved.contact,
  );
}

/** Creates a deal for the contact (amount and close date are what Opportunity asks for). */
export async function createDeal(
  db: WorkspaceDb,
  contactId: string,
  input: {
    title: string;
    amount: number | null;
    currency: string;
    expectedCloseDate: number | null;
    pipelineId: string;
    stageId: string;
    ownerId: string | null;
  },
  now: number = Date.now(),
): Promise<EditResult<Deal>> {
  const contact = await db.contacts.get(contactId);
  if (!contact) return { ok: false, errors: [{ field: 'contactId', code: 'not_found' }] };
  const pipeline = await db.pipelines.get(input.pipelineId);
  const stage = pipeline?.stages.find((s) => s.id === input.stageId);
  if (!pipeline || !stage || stage.outcome !== 'open') return { ok: false, errors: [{ field: 'stageId', code: 'not_found' }] };
  if (stage.archived) return { ok: false, errors: [{ field: 'stageId', code: 'stage_archived' }] };
  // The stage's own requirements hold from the start, as they do for a deal moved into it.
  const missing = stage.requires.filter((r) => (r === 'amount' ? input.amount === null : input.expectedCloseDate === null));
  if (missing.length > 0)
    return { ok: false, errors: missing.map((r) => ({ field: r === 'amount' ? 'amount' : 'expectedCloseDate', code: 'required' as const })) };
  const parsed = dealSchema.safeParse({
    id: newId(),
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
    ...input,
    title: input.title.trim(),
    contactIds: [contactId],
    primaryContactId: contactId,
    companyId: contact.companyId,
    source: contact.source,
    probability: null,
    status: 'open',
    lostReason: null,
    stageEnteredAt: now,
    lastActivityAt: null,
    closedAt: null,
    customFields: {},
  });
  if (!parsed.success) return { ok: false, errors: fieldErrorsFromIssues(parsed.error.issues) };
  const deal = parsed.data;
  await runWrite(db, async () => {
    await db.deals.add(deal);
    await db.dealMoves.add(stampNew({ dealId: deal.id, pipelineId: deal.pipelineId, from: null, to: deal.stageId, at: now, byMemberId: deal.ownerId }, now));
  });
  return { ok: true, value: deal };
}

/** Adds a task to the contact. */
export async function addTask(
  db: WorkspaceDb,
  contactId: string,
  input: { title: string; dueAt: number | null; ownerId: string | null; kind?: Task['kind']; dealId?: string | null },
  now: number = Date.now(),
): Promise<EditResult<Task>> {
  // A deal's task (its next step on the board) belongs to one of the contact's open deals.
  const deal = input.dealId ? await db.deals.get(input.dealId) : null;
  if (input.dealId && (!deal || deal.deletedAt !== null || deal.status !== 'open' || !deal.contactIds.includes(contactId)))
    return { ok: false, errors: [{ field: 'dealId', code: 'not_found' }] };
  const parsed = taskSchema.safeParse({
    id: newId(),
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
    title: input.title.trim(),
    kind: input.kind ?? 'todo',
    contactId,
    dealId: deal?.id ?? null,
    ownerId: input.ownerId,
    dueAt: input.dueAt,
    slaDeadline: null,
    doneAt: null,
  });
  if (!parsed.success) return { ok: false, errors: fieldErrorsFromIssues(parsed.error.issues) };
  await runWrite(db, () => db.tasks.add(parsed.data));
  return { ok: true, value: parsed.data };
}

/** Marks a task done (or open again). */
export async function setTaskDone(db: WorkspaceDb, taskId: string, done: boolean, now: number = Date.now()): Promise<void> {
  await runWrite(db, () => db.tasks.update(taskId, { doneAt: done ? now : null, updatedAt: now }));
}
