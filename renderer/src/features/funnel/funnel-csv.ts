import Papa from 'papaparse';

/** Rows as CSV for a chart's export: a header row of words, formula-looking cells neutralised (Excel). */
export const tableCsv = (header: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string =>
  Papa.unparse({ fields: [...header], data: rows.map((r) => r.map((v) => (v === null ? '' : v))) }, { escapeFormulae: true });
