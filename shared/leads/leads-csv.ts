import Papa from 'papaparse';
import type { LeadRow } from './lead-query';

/** Columns of an exported selection, in order. */
export const leadCsvColumns = ['name', 'email', 'company', 'jobTitle', 'stage', 'engagement', 'fit', 'bant', 'owner', 'source', 'tags'] as const;

/**
 * A selection of leads as CSV (RFC 4180 quoting by Papa Parse), with stage and owner as people
 * read them. Text cells starting with = + - @ tab or CR are prefixed with a quote (Papa Parse's
 * escapeFormulae), so a spreadsheet never runs a contact's name as a formula.
 */
export function leadsToCsv(rows: readonly LeadRow[], labels: { stage(id: string): string; owner(id: string | null): string }): string {
  return Papa.unparse(
    {
      fields: [...leadCsvColumns],
      data: rows.map((r) => [
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
    },
    { escapeFormulae: true },
  );
}
