import { z } from 'zod';
import type { Deal } from '../model/deal';
import { counted, inRange } from '../metrics/scope';
import { countedSchema, dateRangeSchema } from './report-schemas';
import { reportColumn, type ReportTable } from './report-table';

export const winRateGroupings = ['owner', 'source', 'product'] as const;

export const winRatesOptionsSchema = z.object({ by: z.enum(winRateGroupings), range: dateRangeSchema });
export type WinRatesOptions = z.infer<typeof winRatesOptionsSchema>;

/** Average won deal value in one currency: amounts in different currencies are never added. */
export const averageWonSchema = z.object({ currency: z.string(), average: z.number(), total: z.number(), deals: countedSchema });

export const winRateRowSchema = z.object({
  /** Owner id, source or product; null = unassigned / no source / no product. */
  key: z.string().nullable(),
  won: countedSchema,
  lost: countedSchema,
  /** won / (won + lost); null when nothing closed. */
  winRate: z.number().min(0).max(1).nullable(),
  averageWon: z.array(averageWonSchema),
});
export type WinRateRow = z.infer<typeof winRateRowSchema>;

/** The custom field a deal's product is kept in (issue 11: "a product may sit there"). */
export const DEAL_PRODUCT_FIELD = 'product';

function groupKey(deal: Deal, by: WinRatesOptions['by']): string | null {
  if (by === 'owner') return deal.ownerId;
  if (by === 'source') return deal.source && deal.source.trim() !== '' ? deal.source : null;
  const product = deal.customFields[DEAL_PRODUCT_FIELD];
  // A number is a product code as much as a string is; a boolean or empty value names no product.
  return typeof product === 'string' ? (product.trim() === '' ? null : product) : typeof product === 'number' ? String(product) : null;
}

/**
 * Win rate and average won deal value per owner, source or product, over the deals closed in the
 * range, with the deals behind each figure. Rows are sorted by key, "none" last.
 */
export function winRates(deals: readonly Deal[], options: WinRatesOptions): WinRateRow[] {
  const groups = new Map<string | null, { won: Deal[]; lost: Deal[] }>();
  for (const d of deals) {
    if (d.deletedAt !== null || d.closedAt === null || d.status === 'open' || !inRange(d.closedAt, options.range)) continue;
    const key = groupKey(d, options.by);
    const group = groups.get(key) ?? { won: [], lost: [] };
    (d.status === 'won' ? group.won : group.lost).push(d);
    groups.set(key, group);
  }
  return [...groups]
    .sort(([a], [b]) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1))
    .map(([key, { won, lost }]) => ({
      key,
      won: counted(won.map((d) => d.id)),
      lost: counted(lost.map((d) => d.id)),
      winRate: won.length + lost.length ? won.length / (won.length + lost.length) : null,
      averageWon: averageByCurrency(won),
    }));
}

/** Average amount per currency of deals that have an amount (a won deal without one says nothing about value). */
function averageByCurrency(deals: readonly Deal[]): z.infer<typeof averageWonSchema>[] {
  const byCurrency = new Map<string, { total: number; ids: string[] }>();
  for (const d of deals) {
    if (d.amount === null) continue;
    const entry = byCurrency.get(d.currency) ?? { total: 0, ids: [] };
    entry.total += d.amount;
    entry.ids.push(d.id);
    byCurrency.set(d.currency, entry);
  }
  return [...byCurrency]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([currency, { total, ids }]) => ({ currency, average: total / ids.length, total, deals: counted(ids) }));
}

/** The win-rate table: one row per group, one average column per currency that occurs. */
export function winRatesTable(rows: readonly WinRateRow[], by: WinRatesOptions['by']): ReportTable {
  const currencies = [...new Set(rows.flatMap((r) => r.averageWon.map((a) => a.currency)))].sort();
  return {
    columns: [
      reportColumn('key', 'text', `report.column.${by}`),
      reportColumn('won', 'count'),
      reportColumn('lost', 'count'),
      reportColumn('winRate', 'percent'),
      ...currencies.map((c) => reportColumn(`averageWon.${c}`, 'money', 'report.column.averageWon', c)),
    ],
    rows: rows.map((r) => ({
      key: r.key,
      won: r.won.count,
      lost: r.lost.count,
      winRate: r.winRate,
      ...Object.fromEntries(currencies.map((c) => [`averageWon.${c}`, r.averageWon.find((a) => a.currency === c)?.average ?? null])),
    })),
    // The deals the rate is made of: won and lost in the period.
    records: rows.map((r) => ({ kind: 'deals', ids: [...r.won.ids, ...r.lost.ids] })),
  };
}
