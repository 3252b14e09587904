import { csvText } from '../csv/csv-writer';
import { z } from 'zod';

/** `month`: a yyyy-MM key, shown as the month in words ("Oct 2026", "2026년 10월") and kept as the key in a CSV; other values are text. */
export const cellFormats = ['count', 'money', 'percent', 'days', 'hours', 'text', 'month'] as const;

export const reportColumnSchema = z.object({
  key: z.string(),
  /** i18n key of the header (e.g. `report.column.winRate`); the UI and the CSV translate it. */
  labelKey: z.string(),
  /** Numbers are right-aligned (`end`), text starts where the reading direction does. */
  align: z.enum(['start', 'end']),
  format: z.enum(cellFormats),
  /** Money columns hold one currency each: amounts in different currencies never share a column. */
  currency: z.string().optional(),
});
export type ReportColumn = z.infer<typeof reportColumnSchema>;

/** A cell: numbers raw (a percent is a ratio 0–1, days and hours may be fractional), text as ids or values to translate; null = no figure. */
export const reportCellSchema = z.union([z.string(), z.number(), z.null()]);
export type ReportCell = z.infer<typeof reportCellSchema>;

/** The records a row counts, so the row opens them: contacts in the leads list, deals in the pipeline's list view. */
export const rowRecordsSchema = z.object({ kind: z.enum(['contacts', 'deals']), ids: z.array(z.string()) });
export type RowRecords = z.infer<typeof rowRecordsSchema>;

export const reportTableSchema = z.object({
  columns: z.array(reportColumnSchema),
  rows: z.array(z.record(z.string(), reportCellSchema)),
  /** Beside `rows`, one entry per row (null: the row opens nothing); absent when no row opens records. */
  records: z.array(rowRecordsSchema.nullable()).optional(),
  /** Beside `rows`, per row the records a count cell opens, by column key (a rep's open tasks → their contacts); absent when no cell opens records. */
  cellRecords: z.array(z.record(z.string(), rowRecordsSchema)).optional(),
});
export type ReportTable = z.infer<typeof reportTableSchema>;

/** A column, aligned by its format. */
export const reportColumn = (key: string, format: ReportColumn['format'], labelKey = `report.column.${key}`, currency?: string): ReportColumn => ({
  key,
  labelKey,
  align: format === 'text' || format === 'month' ? 'start' : 'end',
  format,
  ...(currency === undefined ? {} : { currency }),
});

export type TableCsvLabels = {
  /** The translated header of a column (money columns get their currency code appended). */
  header(labelKey: string, column: ReportColumn): string;
  /** How a text cell reads (an owner id becomes a name, null "Unassigned"); default: as is, null empty. */
  text?(columnKey: string, value: string | null): string;
};

/** Decimals a CSV keeps per format: enough to add up again, not float noise (0.7391304347826086). Money: the currency's own (currencyDigits). */
const csvDecimals: Record<ReportColumn['format'], number> = { count: 0, money: 2, percent: 4, days: 2, hours: 2, text: 4, month: 4 };

const digitsByCurrency = new Map<string, number>();

/** The minor-unit digits of a currency (USD 2, KRW and JPY 0), as Intl knows them; 2 for a code it does not know. */
export function currencyDigits(currency: string): number {
  let digits = digitsByCurrency.get(currency);
  if (digits === undefined) {
    try {
      digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    } catch {
      digits = 2; // an unknown code: cents, as before
    }
    digitsByCurrency.set(currency, digits);
  }
  return digits;
}

const rounded = (value: number, column: ReportColumn) => {
  // A won average of 83,294,117.65 KRW is 83,294,118: the won has no minor unit.
  const f = 10 ** (column.format === 'money' && column.currency ? currencyDigits(column.currency) : csvDecimals[column.format]);
  return Number.isInteger(value) ? value : Math.round(value * f) / f;
};

/** A yyyy-MM month key (the month columns' values; "none" and the like are words). */
export const isMonthKey = (value: unknown): value is string => typeof value === 'string' && /^\d{4}-\d{2}$/.test(value);

/**
 * A report table as CSV, from the same columns and rows the accessible table shows (csvText: RFC
 * 4180 quoting, formulas defused), so a spreadsheet never runs a source or product name as a formula.
 */
export function tableCsv(table: ReportTable, labels: TableCsvLabels): string {
  return csvText(
    table.columns.map((c) => (c.currency ? `${labels.header(c.labelKey, c)} (${c.currency})` : labels.header(c.labelKey, c))),
    table.rows.map((row) =>
      table.columns.map((c) => {
        const value = row[c.key] ?? null;
        if ((c.format === 'text' || (c.format === 'month' && !isMonthKey(value))) && typeof value !== 'number' && labels.text) return labels.text(c.key, value);
        return typeof value === 'number' ? rounded(value, c) : value;
      }),
    ),
  );
}
