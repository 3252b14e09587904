import type { TFunction } from 'i18next';
import { dealIdleDays } from '@shared/index';
import type { CsvColumn } from '@shared/csv/csv-writer';
import type { Deal } from '@shared/model';
import { sourceLabel } from '../../i18n/source-label';

/** Columns the pipeline's list can export: the list's own, then the deal's other fields. */
export const dealExportColumns = ['title', 'company', 'stage', 'amount', 'currency', 'owner', 'close', 'idle', 'status', 'probability', 'source'] as const;
export type DealExportColumn = (typeof dealExportColumns)[number];
/** What the list shows, ticked by default (currency too: an amount means nothing without it). */
export const dealListColumns: DealExportColumn[] = ['title', 'company', 'stage', 'amount', 'currency', 'owner', 'close', 'idle'];

export type DealCsvContext = {
  t: TFunction;
  timeZone: string;
  now: number;
  stageName(stageId: string): string;
  companyNames: Record<string, string>;
  ownerName(id: string | null): string;
};

/** A calendar day as YYYY-MM-DD in the workspace's zone (what a spreadsheet reads as a date). */
const isoDay = (at: number, timeZone: string) => new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);

export const dealExportLabel = (t: TFunction, c: DealExportColumn): string =>
  c === 'currency' || c === 'status' || c === 'probability' || c === 'source' ? t(`csvExport.deal.${c}`) : t(`board.list.${c}`);

function valueOf(c: DealExportColumn, ctx: DealCsvContext): (d: Deal) => string | number | null {
  switch (c) {
    case 'title':
      return (d) => d.title;
    case 'company':
      return (d) => (d.companyId ? (ctx.companyNames[d.companyId] ?? null) : null);
    case 'stage':
      return (d) => ctx.stageName(d.stageId);
    case 'amount':
      return (d) => d.amount;
    case 'currency':
      return (d) => d.currency;
    case 'owner':
      return (d) => ctx.ownerName(d.ownerId);
    case 'close':
      return (d) => (d.expectedCloseDate === null ? null : isoDay(d.expectedCloseDate, ctx.timeZone));
    case 'idle':
      return (d) => Math.floor(dealIdleDays(d, ctx.now));
    case 'status':
      return (d) => ctx.t(`csvExport.deal.statusValue.${d.status}`);
    case 'probability':
      return (d) => d.probability;
    case 'source':
      return (d) => (d.source === null ? null : sourceLabel(ctx.t, d.source));
  }
}

/** The chosen columns as CSV columns of deals. */
export const dealCsvColumnsFor = (columns: readonly DealExportColumn[], ctx: DealCsvContext): CsvColumn<Deal>[] =>
  columns.map((c) => ({ id: c, header: dealExportLabel(ctx.t, c), value: valueOf(c, ctx) }));
