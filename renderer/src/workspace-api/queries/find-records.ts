import { contactDisplayName } from '@shared/index';
import type { ApiContext } from '../context';

export type FoundRecords = { contacts: { id: string; name: string; detail: string }[]; companies: { id: string; name: string }[] };

/**
 * Contacts (by name or e-mail) and companies (by name) containing the text, a few of each, for
 * the command palette. A substring match, as in the leads list: "소프트" finds "한빛소프트". The
 * scans stop at `limit` matches.
 */
export async function findRecordsQuery(ctx: ApiContext, input: { text: string; limit: number }): Promise<FoundRecords> {
  const needle = input.text.trim().toLowerCase();
  if (needle.length < 2) return { contacts: [], companies: [] };
  const [contacts, companies] = await Promise.all([
    ctx.db.contacts
      .filter(
        (c) =>
          c.deletedAt === null &&
          (contactDisplayName(c).toLowerCase().includes(needle) ||
            `${c.firstName} ${c.lastName}`.toLowerCase().includes(needle) ||
            (c.email ?? '').toLowerCase().includes(needle)),
      )
      .limit(input.limit)
      .toArray(),
    ctx.db.companies
      .filter((c) => c.deletedAt === null && c.name.toLowerCase().includes(needle))
      .limit(input.limit)
      .toArray(),
  ]);
  return {
    contacts: contacts.map((c) => ({ id: c.id, name: contactDisplayName(c), detail: [c.jobTitle, c.email].filter(Boolean).join(' · ') })),
    companies: companies.map((c) => ({ id: c.id, name: c.name })),
  };
}
