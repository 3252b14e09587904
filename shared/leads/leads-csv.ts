import { csvText } from '../csv/csv-writer';
import type { LeadRow } from './lead-query';

/** Columns of an exported selection, in order. */
export const leadCsvColumns = ['name', 'email', 'company', 'jobTitle', 'stage', 'engagement', 'fit', 'bant', 'owner', 'source', 'tags'] as const;

/**
 * A selection of leads as CSV (csvText: RFC 4180 quoting, formulas defused), with stage and owner
 * as people read them, so a spreadsheet never runs a contact's name as a formula.
 */
export function leadsToCsv(rows: readonly LeadRow[], labels: { stage(id: string): string; owner(id: string | null): string }): string {
  return csvText(
    leadCsvColumns,
    rows.map((r) => [
      r.name,
      r.email ?? '',
      r.companyName ?? '',
      r.jobTitle ?? '',
      labels.stage(r.lifecycleStage),
      r.engagementScore,
      r.fitScore,
      r.bantScore,
      labels.owner(r.ownerId),
      r.source ?? '',
      r.tags.join('; '),
    ]),
  );
}
