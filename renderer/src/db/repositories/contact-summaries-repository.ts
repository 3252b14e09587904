import { contactDisplayName } from '@shared/index';
import type { WorkspaceDb } from '../workspace-db';

export type ContactSummary = { id: string; name: string; stage: string; ownerId: string | null; companyName: string | null };

/** Names, stages, owners and companies of the given contacts (a drill-down's rows), in the order asked; deleted ones left out. */
export async function contactSummaries(db: WorkspaceDb, ids: readonly string[]): Promise<ContactSummary[]> {
  const contacts = (await db.contacts.bulkGet([...ids])).flatMap((c) => (c && c.deletedAt === null ? [c] : []));
  const companyIds = [...new Set(contacts.flatMap((c) => (c.companyId ? [c.companyId] : [])))];
  const companies = new Map((await db.companies.bulkGet(companyIds)).flatMap((c) => (c ? [[c.id, c.name] as const] : [])));
  return contacts.map((c) => ({
    id: c.id,
    name: contactDisplayName(c),
    stage: c.lifecycleStage,
    ownerId: c.ownerId,
    companyName: c.companyId ? (companies.get(c.companyId) ?? null) : null,
  }));
}
