import type { Company } from '../model/company';
import { contactDisplayName, type Contact } from '../model/contact';
import type { LeadRow } from './lead-query';

/** Flattens a contact and what the list shows about it (company, ICP flag, SLA) into one row. */
export function toLeadRow(contact: Contact, company: Company | null, inIcp: boolean | null, slaState: LeadRow['slaState']): LeadRow {
  return {
    id: contact.id,
    name: contactDisplayName(contact),
    email: contact.email,
    companyName: company?.name ?? null,
    jobTitle: contact.jobTitle,
    personaId: contact.personaId,
    lifecycleStage: contact.lifecycleStage,
    engagementScore: contact.engagementScore,
    fitScore: contact.fitScore,
    bantScore: contact.bantScore,
    ownerId: contact.ownerId,
    source: contact.source,
    tags: contact.tags,
    inIcp,
    slaState,
    lastActivityAt: contact.lastActivityAt,
    updatedAt: contact.updatedAt,
    customFields: contact.customFields,
    importId: contact.importId ?? null,
  };
}
