import type { TFunction } from 'i18next';
import type { CsvColumn } from '@shared/csv/csv-writer';
import type { LeadRow } from '@shared/index';
import type { StageLabel } from '../../i18n/use-stage-labels';
import { sourceLabel } from '../../i18n/source-label';
import { columnLabel } from './lead-columns';
import { isBuiltInColumn, leadColumns, type LeadColumn } from './leads-store';

export type LeadCsvContext = {
  t: TFunction;
  stageLabels: Map<string, StageLabel>;
  ownerName(id: string | null): string;
  personaName(id: string | null): string;
};

/** Columns the leads list can export: the table's own, plus email (the table shows it on the record only). */
export type LeadExportColumn = LeadColumn | 'email';

const iso = (at: number | null) => (at === null ? null : new Date(at).toISOString());

/** A column's cell as a spreadsheet should read it: names instead of ids, numbers as numbers, times in ISO 8601. */
function valueOf(column: LeadExportColumn, ctx: LeadCsvContext): (row: LeadRow) => string | number | null {
  if (column === 'email') return (r) => r.email;
  if (!isBuiltInColumn(column)) {
    const key = column.slice(3);
    return (r) => {
      const v = r.customFields[key];
      return v === undefined || v === null ? null : typeof v === 'boolean' ? String(v) : v;
    };
  }
  switch (column) {
    case 'name':
      return (r) => r.name;
    case 'company':
      return (r) => r.companyName;
    case 'title':
      return (r) => r.jobTitle;
    case 'persona':
      return (r) => ctx.personaName(r.personaId);
    case 'stage':
      return (r) => ctx.stageLabels.get(r.lifecycleStage)?.name ?? r.lifecycleStage;
    case 'engagement':
      return (r) => r.engagementScore;
    case 'fit':
      return (r) => r.fitScore;
    case 'bant':
      return (r) => r.bantScore;
    case 'owner':
      return (r) => ctx.ownerName(r.ownerId);
    case 'source':
      return (r) => (r.source === null ? null : sourceLabel(ctx.t, r.source));
    case 'lastActivity':
      return (r) => iso(r.lastActivityAt);
    case 'sla':
      return (r) => (r.slaState === null ? null : ctx.t(`sla.${r.slaState}`));
  }
}

/** What the export offers, in file order: name and email first, then the other built-in columns, then custom fields. */
export const leadExportOptions = (customFields: readonly string[]): LeadExportColumn[] => [
  'name',
  'email',
  ...leadColumns.filter((c) => c !== 'name'),
  ...customFields.map((k) => `cf:${k}` as const),
];

export const leadExportLabel = (t: TFunction, column: LeadExportColumn): string => (column === 'email' ? t('csvExport.email') : columnLabel(t, column));

/** The chosen columns as CSV columns of lead rows. */
export const leadCsvColumnsFor = (columns: readonly LeadExportColumn[], ctx: LeadCsvContext): CsvColumn<LeadRow>[] =>
  columns.map((c) => ({ id: c, header: leadExportLabel(ctx.t, c), value: valueOf(c, ctx) }));
