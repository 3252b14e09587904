import { contactDisplayName, contactMatches } from '@shared/index';
import type { ApiContext } from '../context';

export type FoundRecords = { contacts: { id: string; name: string; detail: string }[]; companies: { id: string; name: string }[] };

/**
 * Contacts (by name in either order, e-mail or phone) and companies (by name) matching the text, a few
 * of each, for the command palette. A substring match, as in the leads list: "소프트" finds
 * "한빛소프트". The scans stop at `limit` matches. A contact's detail names its company, so two
 * people of the same name can be told apart.
 */
export async function findRecordsQuery(ctx: ApiContext, input: { text: string; limit: number }): Promise<FoundRecords> {
  const needle = input.text.trim().toLowerCase();
  if (needle.length < 2) return { contacts: [], companies: [] };
  const [contacts, companies] = await Promise.all([
    ctx.db.contacts
      .filter((c) => c.deletedAt === null && contactMatches(c, needle))
      .limit(input.limit)
      .toArray(),
    ctx.db.companies
      .filter((c) => c.deletedAt === null && c.name.toLowerCase().includes(needle))
      .limit(input.limit)
      .toArray(),
  ]);
  const employers = await ctx.db.companies.bulkGet([...new Set(contacts.flatMap((c) => (c.companyId ? [c.companyId] : [])))]);
  const companyName = new Map(employers.flatMap((c) => (c && c.deletedAt === null ? [[c.id, c.name] as const] : [])));
  return {
    contacts: contacts.map((c) => ({
      id: c.id,
      name: contactDisplayName(c),
      detail: [c.jobTitle, c.companyId ? companyName.get(c.companyId) : null, c.email].filter(Boolean).join(' · '),
    })),
    companies: companies.map((c) => ({ id: c.id, name: c.name })),
  };
}
