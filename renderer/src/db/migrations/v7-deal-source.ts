import type { Transaction } from 'dexie';

type OldDeal = { primaryContactId: string | null; source?: string | null };

/**
 * Version 7: a deal says where it came from (the board filters by source). Existing deals take
 * their first contact's lead source, which is what a new deal copies. Idempotent: a deal that has
 * a source keeps it.
 */
export async function upgradeToDealSource(tx: Transaction): Promise<void> {
  const sources = new Map<string, string | null>();
  await tx.table('contacts').each((c: { id: string; source: string | null }) => sources.set(c.id, c.source ?? null));
  await tx
    .table('deals')
    .toCollection()
    .modify((deal: OldDeal) => {
      if (deal.source === undefined) deal.source = deal.primaryContactId ? (sources.get(deal.primaryContactId) ?? null) : null;
    });
}
