import type { ActivityCandidate, CompanyCandidate, ContactCandidate, DealCandidate, TaskCandidate } from './import-candidates';
import type { RowIssue } from './import-issue';
import type { ColumnMapping, ImportMapping } from './import-mapping';
import { mapRows, type MapOptions, type MappedImport } from './map-rows';
import type { CsvRow } from './parse-csv';
import { parseDate, type DateFormat } from './parse-date';

/** One cell as the preview shows it: what the file says, where it goes, and for a date how it was read. */
export type PreviewCell = { column: string; value: string; mapping: ColumnMapping; date: { at: number; format: DateFormat } | null };

export type PreviewRow = {
  row: number;
  cells: PreviewCell[];
  /** The records this row becomes (none when it has an error). */
  contact: ContactCandidate | null;
  company: CompanyCandidate | null;
  deal: DealCandidate | null;
  activity: ActivityCandidate | null;
  task: TaskCandidate | null;
  issues: RowIssue[];
};

export type ImportPreview = { rows: PreviewRow[]; mapped: MappedImport };

/**
 * The first `limit` rows after mapping, for the mapping step. The whole file is mapped (a date
 * column's day order and the stage values come from all rows), so the preview reads each cell
 * exactly as the import will.
 */
export function previewImport(headers: readonly string[], rows: readonly CsvRow[], mapping: ImportMapping, options: MapOptions, limit = 20): ImportPreview {
  const mapped = mapRows(headers, rows, mapping, options);
  const orders = new Map(mapped.dateColumns.map((d) => [d.column, d.decision.order]));
  const byRow = <T extends { row: number }>(list: readonly T[]) => new Map(list.map((c) => [c.row, c]));
  const contacts = byRow(mapped.contacts);
  const deals = byRow(mapped.deals);
  const activities = byRow(mapped.activities);
  const tasks = byRow(mapped.tasks);
  const companyOf = new Map(mapped.companies.flatMap((c) => c.rows.map((r) => [r, c] as const)));
  const preview = rows.slice(0, Math.max(0, limit)).map((source): PreviewRow => {
    const cells = headers.map((column, i): PreviewCell => {
      const value = source.cells[i] ?? '';
      const m: ColumnMapping = mapping[column] ?? { kind: 'ignore' };
      const order = orders.get(column);
      const parsed = order && value.trim() ? parseDate(value, { timeZone: options.timeZone, order }) : null;
      return { column, value, mapping: m, date: parsed?.ok ? { at: parsed.at, format: parsed.format } : null };
    });
    return {
      row: source.row,
      cells,
      contact: contacts.get(source.row) ?? null,
      company: companyOf.get(source.row) ?? null,
      deal: deals.get(source.row) ?? null,
      activity: activities.get(source.row) ?? null,
      task: tasks.get(source.row) ?? null,
      issues: mapped.issues.filter((i) => i.row === source.row),
    };
  });
  return { rows: preview, mapped };
}
