import { csvText } from '../csv/csv-writer';
import type { ImportIssueCode, RowIssue } from './import-issue';

/** Columns of the row-error report, in order. */
export const rowErrorCsvColumns = ['row', 'column', 'value', 'reason', 'severity', 'suggestion'] as const;

/**
 * The row-error report as CSV for the user to fix the file with: one line per issue, in row order.
 * `reason` puts a code into the user's words (the UI passes its translation; the code itself by
 * default). Formulas are defused by csvText, as in every export: a rejected cell must not run as a
 * formula when opened.
 */
export function rowErrorsCsv(
  issues: readonly RowIssue[],
  labels: { reason(code: ImportIssueCode): string; severity(s: RowIssue['severity']): string } = { reason: (c) => c, severity: (s) => s },
): string {
  const sorted = [...issues].sort((a, b) => a.row - b.row || a.column.localeCompare(b.column));
  return csvText(
    rowErrorCsvColumns,
    sorted.map((i) => [i.row, i.column, i.value, labels.reason(i.code), labels.severity(i.severity), i.suggestion]),
  );
}
