import { assignPersona, handOffMeasure, scoreContact, thresholdCrossing, type ThresholdCrossing } from '@shared/index';
import {
  activitySchema,
  contactSchema,
  dealSchema,
  newId,
  taskSchema,
  type Activity,
  type ActivityType,
  type BantRatings,
  type Contact,
  type Deal,
  type Task,
} from '@shared/model';
import type { WorkspaceDb } from '../workspace-db';
import { activitiesOf, getActiveDesign, type ActiveDesign } from './scoring-context-repository';
import { applyThresholdActions, automationTables, type AppliedAction } from './automation-repository';

/** A field that failed validation, for the form to show next to the input. */
export type FieldError = { field: string; message: string };
export type EditResult<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

const fieldErrors = (issues: readonly { path: PropertyKey[]; message: string }[]): FieldError[] =>
  issues.map((i) => ({ field: i.path.map(String).join('.') || '(record)', message: i.message }));

/** Recomputes the cached scores of a contact from its activities, profile, company and ratings. */
async function rescore(db: WorkspaceDb, contact: Contact, design: ActiveDesign, now: number): Promise<Contact> {
  const [activities, company] = await Promise.all([activitiesOf(db, contact.id), contact.companyId ? db.companies.get(contact.companyId) : undefined]);
  const score = scoreContact(contact, activities, design.model, now, { company: company ?? null, icp: design.icp });
  const lastActivityAt = activities.reduce<number | null>((max, a) => (max === null || a.at > max ? a.at : max), null);
  return {
    ...contact,
    engagementScore: Math.round(score.engagement),
    fitScore: Math.round(score.fit),
    bantScore: Math.round(score.bant),
    lastActivityAt,
    updatedAt: now,
  };
}

/**
 * Rescores, stores the contact, and when the hand-off measure crosses the threshold upwards applies
 * the model's actions (stage change, routing, task, list, notification) in the same transaction.
 */
async function rescoreAndAct(
  db: WorkspaceDb,
  contact: Contact,
  design: ActiveDesign,
  now: number,
): Promise<{ contact: Contact; crossing: ThresholdCrossing; applied: AppliedAction[] }> {
  const before = handOffMeasureOf(contact, design);
  const rescored = await rescore(db, contact, design, now);
  const crossing = thresholdCrossing(design.model, before, handOffMeasureOf(rescored, design));
  const { contact: acted, applied } =
    crossing.crossed === 'up' ? await applyThresholdActions(db, rescored, crossing.actions, design, now) : { contact: rescored, applied: [] };
  await db.contacts.put(acted);
  return { contact: acted, crossing, applied };
}

const handOffMeasureOf = (c: Contact, design: ActiveDesign) =>
  handOffMeasure(design.model, { engagement: c.engagementScore, fit: c.fitScore, bant: c.bantScore });

const editTables = (db: WorkspaceDb) => [
  ...new Set([db.contacts, db.activities, db.companies, db.icps, db.meta, db.scoringModels, db.lifecycles, db.personas, ...automationTables(db)]),
];

export type LoggedActivity = { activity: Activity; contact: Contact; crossing: ThresholdCrossing; applied: AppliedAction[] };

/** Logs a touch or a behaviour event, rescores the contact and says whether the hand-off threshold was crossed. */
export async function logActivity(
  db: WorkspaceDb,
  contactId: string,
  input: { type: ActivityType; url?: string | null; seconds?: number | null; note?: string; at?: number },
  byMemberId: string | null,
  now: number = Date.now(),
): Promise<EditResult<LoggedActivity>> {
  return db.transaction('rw', editTables(db), async () => {
    const contact = await db.contacts.get(contactId);
    const design = await getActiveDesign(db);
    if (!contact || contact.deletedAt !== null || !design) return { ok: false, errors: [{ field: 'contactId', message: 'contact not found' }] };
    const at = input.at ?? now;
    const parsed = activitySchema.safeParse({
      id: newId(),
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
      contactId,
      dealId: null,
      type: input.type,
      at,
      url: input.url?.trim() || null,
      seconds: input.seconds ?? null,
      meta: input.note?.trim() ? { note: input.note.trim() } : {},
      byMemberId,
    });
    if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error.issues) };
    await db.activities.add(parsed.data);
    const { contact: updated, crossing, applied } = await rescoreAndAct(db, contact, design, now);
    return { ok: true, value: { activity: parsed.data, contact: updated, crossing, applied } };
  });
}

/** Sets BANT ratings (0–100 each, or null) and rescores. */
export async function rateBant(db: WorkspaceDb, contactId: string, bant: BantRatings, now: number = Date.now()): Promise<EditResult<Contact>> {
  return db.transaction('rw', editTables(db), async () => {
    const contact = await db.contacts.get(contactId);
    const design = await getActiveDesign(db);
    if (!contact || !design) return { ok: false, errors: [{ field: 'contactId', message: 'contact not found' }] };
    const parsed = contactSchema.shape.bant.safeParse(bant);
    if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error.issues).map((e) => ({ ...e, field: `bant.${e.field}` })) };
    const { contact: updated } = await rescoreAndAct(db, { ...contact, bant: parsed.data }, design, now);
    return { ok: true, value: updated };
  });
}

export type ProfilePatch = Partial<Pick<Contact, 'firstName' | 'lastName' | 'email' | 'phone' | 'jobTitle' | 'source'>>;

/** Edits profile fields, validated by the contact schema; a new job title re-assigns the persona. */
export async function updateProfile(db: WorkspaceDb, contactId: string, patch: ProfilePatch, now: number = Date.now()): Promise<EditResult<Contact>> {
  return db.transaction('rw', editTables(db), async () => {
    const contact = await db.contacts.get(contactId);
    const design = await getActiveDesign(db);
    if (!contact || !design) return { ok: false, errors: [{ field: 'contactId', message: 'contact not found' }] };
    const clean = Object.fromEntries(
      Object.entries(patch).map(([k, v]) => [k, typeof v === 'string' ? (v.trim() === '' && k !== 'firstName' && k !== 'lastName' ? null : v.trim()) : v]),
    );
    const next = { ...contact, ...clean };
    if (patch.jobTitle !== undefined && patch.jobTitle !== contact.jobTitle)
      next.personaId = assignPersona(next.jobTitle, await db.personas.toArray())?.personaId ?? contact.personaId;
    const parsed = contactSchema.safeParse(next);
    if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error.issues) };
    const { contact: updated } = await rescoreAndAct(db, parsed.data, design, now);
    return { ok: true, value: updated };
  });
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
  if (!contact) return { ok: false, errors: [{ field: 'contactId', message: 'contact not found' }] };
  const pipeline = await db.pipelines.get(input.pipelineId);
  if (!pipeline || !pipeline.stages.some((s) => s.id === input.stageId))
    return { ok: false, errors: [{ field: 'stageId', message: 'unknown pipeline stage' }] };
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
    probability: null,
    status: 'open',
    lostReason: null,
    stageEnteredAt: now,
    lastActivityAt: null,
    closedAt: null,
    customFields: {},
  });
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error.issues) };
  await db.deals.add(parsed.data);
  return { ok: true, value: parsed.data };
}

/** Adds a task to the contact. */
export async function addTask(
  db: WorkspaceDb,
  contactId: string,
  input: { title: string; dueAt: number | null; ownerId: string | null; kind?: Task['kind'] },
  now: number = Date.now(),
): Promise<EditResult<Task>> {
  const parsed = taskSchema.safeParse({
    id: newId(),
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
    title: input.title.trim(),
    kind: input.kind ?? 'todo',
    contactId,
    dealId: null,
    ownerId: input.ownerId,
    dueAt: input.dueAt,
    slaDeadline: null,
    doneAt: null,
  });
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error.issues) };
  await db.tasks.add(parsed.data);
  return { ok: true, value: parsed.data };
}

/** Marks a task done (or open again). */
export async function setTaskDone(db: WorkspaceDb, taskId: string, done: boolean, now: number = Date.now()): Promise<void> {
  await db.tasks.update(taskId, { doneAt: done ? now : null, updatedAt: now });
}
