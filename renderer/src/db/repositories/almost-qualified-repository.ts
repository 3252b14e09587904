import { evaluateTransition } from '@shared/index';
import { contactSchema, type Contact } from '@shared/model';
import type { WorkspaceDb } from '../workspace-db';
import { applyThresholdActions, automationTables, type AppliedAction } from './automation-repository';
import type { EditResult } from './contact-edit-repository';
import { getActiveDesign, loadTransitionContext } from './scoring-context-repository';

/** What marketing can fill in for an almost-qualified lead. */
export type AlmostQualifiedFix = { kind: 'consent'; source: string } | { kind: 'persona'; personaId: string } | { kind: 'field'; field: string; value: string };

/**
 * Completes the one missing item, and when that makes the lead meet the hand-off criteria, hands
 * it off right away with the scoring model's actions (stage change, routing, task): one transaction.
 */
export async function fixAlmostQualified(
  db: WorkspaceDb,
  contactId: string,
  fix: AlmostQualifiedFix,
  now: number = Date.now(),
): Promise<EditResult<{ contact: Contact; applied: AppliedAction[] }>> {
  return db.transaction('rw', [...new Set([...automationTables(db), db.icps, db.lifecycles, db.scoringModels, db.personas])], async () => {
    const contact = await db.contacts.get(contactId);
    const design = await getActiveDesign(db);
    if (!contact || contact.deletedAt !== null || !design) return { ok: false, errors: [{ field: 'contactId', message: 'contact not found' }] };
    let next: Contact;
    if (fix.kind === 'consent') next = { ...contact, consent: { status: 'granted', source: fix.source, at: now } };
    else if (fix.kind === 'persona') {
      if (!(await db.personas.get(fix.personaId))) return { ok: false, errors: [{ field: 'personaId', message: 'unknown persona' }] };
      next = { ...contact, personaId: fix.personaId };
    } else {
      if (!['phone', 'jobTitle', 'email', 'source'].includes(fix.field) && !fix.field.startsWith('customFields.'))
        return { ok: false, errors: [{ field: fix.field, message: 'not a field that can be filled in here' }] };
      const value = fix.value.trim() || null;
      next = fix.field.startsWith('customFields.')
        ? { ...contact, customFields: { ...contact.customFields, [fix.field.slice(13)]: value } }
        : { ...contact, [fix.field]: value };
    }
    const parsed = contactSchema.safeParse({ ...next, updatedAt: now });
    if (!parsed.success) return { ok: false, errors: parsed.error.issues.map((i) => ({ field: i.path.join('.'), message: i.message })) };
    let updated = parsed.data;
    let applied: AppliedAction[] = [];
    const ready = evaluateTransition(
      updated,
      await loadTransitionContext(db, updated, design),
      updated.lifecycleStage,
      design.lifecycle.handOffStageId,
      design.lifecycle,
    );
    if (ready.ok) ({ contact: updated, applied } = await applyThresholdActions(db, updated, design.model.thresholdActions, design, now));
    await db.contacts.put(updated);
    return { ok: true, value: { contact: updated, applied } };
  });
}
