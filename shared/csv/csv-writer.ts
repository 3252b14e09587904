import Papa from 'papaparse';

export type CsvCell = string | number | boolean | null | undefined;

/**
 * A cell a spreadsheet could run as a formula: text starting with = + - @ tab or CR. Papa Parse's own
 * `escapeFormulae: true` pattern (`/^[=+\-@\t\r].*$/`) misses a formula followed by a line break in
 * the same cell (`.` stops at the newline, `$` then fails), so this one looks at the first character only.
 */
const formulaStart = /^[=+\-@\t\r]/;

/**
 * Rows as CSV text (RFC 4180 quoting by Papa Parse, CRLF line ends): a header row, then one line per
 * row; null and undefined are empty cells. Text cells that a spreadsheet would run as a formula are
 * prefixed with a quote; numbers stay numbers (a negative amount is not a formula).
 */
export function csvText(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return Papa.unparse({ fields: [...header], data: rows.map((r) => r.map((v) => (v === null || v === undefined ? '' : v))) }, { escapeFormulae: formulaStart });
}

/** CSV text as the bytes of a file: UTF-8 with a byte-order mark, so Excel reads Hangul as UTF-8. */
export const csvFile = (text: string): Uint8Array => new TextEncoder().encode(`\uFEFF${text}`);

/** One column of an export: its header and how a row's cell reads. */
export type CsvColumn<T> = { id: string; header: string; value(row: T): CsvCell };

/** Rows as CSV through the chosen columns, in their order. */
export const columnsCsv = <T>(columns: readonly CsvColumn<T>[], rows: readonly T[]): string =>
  csvText(
    columns.map((c) => c.header),
    rows.map((row) => columns.map((c) => c.value(row))),
  );
