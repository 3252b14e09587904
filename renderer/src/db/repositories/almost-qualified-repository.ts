import { runWrite } from '../write-path';
import type { AppliedAction } from '@shared/index';
import { contactSchema, fieldErrorsFromIssues, type Contact } from '@shared/model';
import type { WorkspaceDb } from '../workspace-db';
import { saveContactChange } from './automation-repository';
import type { EditResult } from './contact-edit-repository';
import { getActiveDesign } from './scoring-context-repository';

/** What marketing can fill in for an almost-qualified lead. */
export type AlmostQualifiedFix = { kind: 'consent'; source: string } | { kind: 'persona'; personaId: string } | { kind: 'field'; field: string; value: string };

const fillableFields = ['phone', 'jobTitle', 'email', 'source'];

/**
 * Completes the one missing item. The change goes through the one write path, whose automation
 * re-check hands the lead off at once when nothing else is missing: one transaction.
 */
export async function fixAlmostQualified(
  db: WorkspaceDb,
  contactId: string,
  fix: AlmostQualifiedFix,
  now: number = Date.now(),
): Promise<EditResult<{ contact: Contact; applied: AppliedAction[] }>> {
  return runWrite(db, async () => {
    const contact = await db.contacts.get(contactId);
    const design = await getActiveDesign(db);
    if (!contact || contact.deletedAt !== null || !design) return { ok: false, errors: [{ field: 'contactId', code: 'not_found' }] };
    let next: Contact;
    if (fix.kind === 'consent') next = { ...contact, consent: { status: 'granted', source: fix.source.trim() || null, at: now } };
    else if (fix.kind === 'persona') {
      if (!(await db.personas.get(fix.personaId))) return { ok: false, errors: [{ field: 'personaId', code: 'not_found' }] };
      next = { ...contact, personaId: fix.personaId };
    } else {
      if (!fillableFields.includes(fix.field) && !fix.field.startsWith('customFields.'))
        return { ok: false, errors: [{ field: fix.field, code: 'not_fillable' }] };
      const value = fix.value.trim() || null;
      next = fix.field.startsWith('customFields.')
        ? { ...contact, customFields: { ...contact.customFields, [fix.field.slice(13)]: value } }
        : { ...contact, [fix.field]: value };
    }
    const parsed = contactSchema.safeParse(next);
    if (!parsed.success) return { ok: false, errors: fieldErrorsFromIssues(parsed.error.issues) };
    const saved = await saveContactChange(db, contact, parsed.data, design, now, { completedForHandOff: true });
    return { ok: true, value: { contact: saved.contact, applied: saved.applied } };
  });
}
