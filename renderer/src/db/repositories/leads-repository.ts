import type { Contact } from '@shared/model';
import type { WorkspaceDb } from '../workspace-db';

/** What one row of the leads list shows. */
export type LeadRow = Pick<Contact, 'id' | 'firstName' | 'lastName' | 'email' | 'jobTitle' | 'lifecycleStage' | 'engagementScore' | 'updatedAt'> & {
  companyName: string | null;
  ownerName: string | null;
};

/**
 * Leads list rows, most recently updated first, with company and owner names joined in.
 * Soft-deleted contacts are left out.
 */
export async function listLeadRows(db: WorkspaceDb): Promise<LeadRow[]> {
  const [contacts, companies, team] = await Promise.all([
    db.contacts
      .orderBy('updatedAt')
      .reverse()
      .filter((c) => c.deletedAt === null)
      .toArray(),
    db.companies.toArray(),
    db.teamMembers.toArray(),
  ]);
  const companyNames = new Map(companies.map((c) => [c.id, c.name]));
  const ownerNames = new Map(team.map((m) => [m.id, m.name]));
  return contacts.map((c) => ({
    id: c.id,
    firstName: c.firstName,
    lastName: c.lastName,
    email: c.email,
    jobTitle: c.jobTitle,
    lifecycleStage: c.lifecycleStage,
    engagementScore: c.engagementScore,
    updatedAt: c.updatedAt,
    companyName: c.companyId ? (companyNames.get(c.companyId) ?? null) : null,
    ownerName: c.ownerId ? (ownerNames.get(c.ownerId) ?? null) : null,
  }));
}
