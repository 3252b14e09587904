import { csvText } from '@shared/csv/csv-writer';

/** Rows as CSV for a chart's export: a header row of words, formula-looking cells neutralised (Excel). */
export const tableCsv = (header: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string => csvText(header, rows);
