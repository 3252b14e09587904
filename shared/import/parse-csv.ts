import Papa from 'papaparse';

/** Delimiters spreadsheets write: comma, semicolon (European Excel), tab (copy-paste, UTF-16 exports), pipe. */
export const csvDelimiters = [',', ';', '\t', '|'] as const;

/** The first data row's number as a spreadsheet shows it: the header is row 1. */
export const FIRST_DATA_ROW = 2;

export type CsvRow = {
  /** Spreadsheet row number (header = 1, first data row = 2); a quoted newline does not add a row. */
  row: number;
  cells: string[];
};

export type ParsedCsv = {
  ok: true;
  headers: string[];
  rows: CsvRow[];
  delimiter: string;
  /** Rows with a stray quote inside an unquoted cell: parsed as the text reads, reported to the user. */
  invalidQuoteRows: number[];
};

export type CsvParseError =
  | { ok: false; error: 'empty_file' }
  | { ok: false; error: 'no_header' }
  | { ok: false; error: 'duplicate_headers'; headers: string[] }
  | { ok: false; error: 'unclosed_quote'; row: number };

const blankHeader = (index: number) => `#${index + 1}`;

/**
 * CSV text as a header and rows (Papa Parse: RFC 4180 quotes, quoted newlines, CRLF or LF, the
 * delimiter guessed among , ; tab |). Blank lines are skipped but still counted, so row numbers
 * match the spreadsheet. A file with no rows after the header is still a complete result.
 */
export function parseCsv(text: string): ParsedCsv | CsvParseError {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '') return { ok: false, error: 'empty_file' };
  // Papa Parse guesses the delimiter badly when blank lines make the field counts uneven, so it guesses on the first rows without them.
  const guess = Papa.parse<string[]>(body, { header: false, preview: 20, skipEmptyLines: 'greedy', delimitersToGuess: [...csvDelimiters] });
  const result = Papa.parse<string[]>(body, { header: false, skipEmptyLines: false, delimiter: guess.meta.delimiter });
  const unclosed = result.errors.find((e) => e.code === 'MissingQuotes');
  if (unclosed) return { ok: false, error: 'unclosed_quote', row: (unclosed.row ?? 0) + 1 };
  const records = result.data;
  const headerIndex = records.findIndex((r) => r.some((c) => c.trim() !== ''));
  if (headerIndex < 0) return { ok: false, error: 'no_header' };
  const headers = records[headerIndex]!.map((h, i) => h.trim() || blankHeader(i));
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const h of headers) (seen.has(h.toLowerCase()) ? repeated : seen).add(h.toLowerCase());
  if (repeated.size > 0) return { ok: false, error: 'duplicate_headers', headers: headers.filter((h) => repeated.has(h.toLowerCase())) };
  const rows: CsvRow[] = [];
  for (let i = headerIndex + 1; i < records.length; i++) {
    const cells = records[i]!;
    if (cells.every((c) => c.trim() === '')) continue;
    rows.push({ row: i + 1, cells });
  }
  const invalidQuoteRows = [...new Set(result.errors.filter((e) => e.code === 'InvalidQuotes').map((e) => (e.row ?? 0) + 1))];
  return { ok: true, headers, rows, delimiter: result.meta.delimiter, invalidQuoteRows };
}
