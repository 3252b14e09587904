import { csvText } from '../csv/csv-writer';
import { parseCsv } from '../import/parse-csv';
import { parseDate } from '../import/parse-date';
import type { Persona } from '../model/persona';
import { vocQuoteSchema, type VocQuote } from '../model/voc-quote';
import { searchable, sourceKindOf } from './quote-search';

/** A quote read from a file, ready to be stamped and stored. */
export type QuoteDraft = Pick<VocQuote, 'personaId' | 'quote' | 'topic' | 'notes' | 'source' | 'sourceKind' | 'saidAt'>;

export const quoteCsvColumns = ['quote', 'topic', 'notes', 'source', 'date', 'persona'] as const;
export type QuoteCsvColumn = (typeof quoteCsvColumns)[number];

export type QuoteRowErrorCode = 'quote_missing' | 'too_long' | 'date_invalid' | 'persona_unknown' | 'duplicate_in_file' | 'already_in_library';

/** One refused row: its spreadsheet row number (header = 1), the column, the value and why. */
export type QuoteRowError = { row: number; column: QuoteCsvColumn; value: string; code: QuoteRowErrorCode };

export type QuotesCsvResult =
  | { ok: true; quotes: QuoteDraft[]; rows: number[]; errors: QuoteRowError[]; total: number; ignoredColumns: string[] }
  | { ok: false; error: 'empty_file' | 'no_header' | 'unclosed_quote' | 'duplicate_headers' | 'no_quote_column'; row?: number; headers?: string[] };

/** Header names each column answers to, English and Korean, compared without case, spaces or punctuation. */
const aliases: Record<QuoteCsvColumn, string[]> = {
  quote: ['quote', 'quotes', 'quotetext', 'text', 'verbatim', '인용', '인용문', '발언', '고객의말'],
  topic: ['topic', 'theme', 'tag', '주제', '토픽', '테마'],
  notes: ['notes', 'note', 'comment', 'comments', '메모', '노트', '비고'],
  source: ['source', 'url', 'link', 'where', '출처', '소스', '링크'],
  date: ['date', 'saidat', 'said', 'when', '날짜', '일자', '일시'],
  persona: ['persona', 'personaname', '페르소나'],
};
const key = (header: string) => searchable(header).replace(/[\s_\-./()]+/g, '');

const LIMIT = { quote: 4000, topic: 200, notes: 4000, source: 2000 } as const;

export type QuotesCsvOptions = {
  personas: readonly Persona[];
  /** Quotes already in the library: the same text for the same persona is not imported twice. */
  existing: readonly Pick<VocQuote, 'quote' | 'personaId' | 'deletedAt'>[];
  timeZone: string;
  /** Where quotes go whose row names no persona (null: workspace-wide). */
  defaultPersonaId: string | null;
};

/**
 * Reads a quotes CSV (quote, topic, notes, source, optional date and persona) into quotes and a
 * row-error report. A row is imported whole or not at all: a row with any error is left out and
 * listed with the column and the reason; the others are returned in file order.
 */
export function parseQuotesCsv(text: string, options: QuotesCsvOptions): QuotesCsvResult {
  const parsed = parseCsv(text);
  if (!parsed.ok) return parsed;
  const column = new Map<QuoteCsvColumn, number>();
  const ignoredColumns: string[] = [];
  parsed.headers.forEach((h, i) => {
    const found = quoteCsvColumns.find((c) => aliases[c].includes(key(h)));
    if (found && !column.has(found)) column.set(found, i);
    else ignoredColumns.push(h);
  });
  if (!column.has('quote')) return { ok: false, error: 'no_quote_column', headers: parsed.headers };
  const personaByName = new Map(options.personas.filter((p) => p.deletedAt === null).map((p) => [searchable(p.name.trim()), p.id]));
  const seen = new Set(options.existing.filter((q) => q.deletedAt === null).map((q) => `${q.personaId}\u0000${searchable(q.quote.trim())}`));
  const inFile = new Set<string>();
  const quotes: QuoteDraft[] = [];
  const rows: number[] = [];
  const errors: QuoteRowError[] = [];
  for (const { row, cells } of parsed.rows) {
    const cell = (c: QuoteCsvColumn) => (column.has(c) ? (cells[column.get(c)!] ?? '').trim() : '');
    const rowErrors: QuoteRowError[] = [];
    const fail = (c: QuoteCsvColumn, code: QuoteRowErrorCode) => rowErrors.push({ row, column: c, value: cell(c), code });
    const quote = cell('quote');
    if (quote === '') fail('quote', 'quote_missing');
    for (const c of ['quote', 'topic', 'notes', 'source'] as const) if (cell(c).length > LIMIT[c]) fail(c, 'too_long');
    let saidAt: number | null = null;
    if (cell('date') !== '') {
      const date = parseDate(cell('date'), { timeZone: options.timeZone });
      if (date.ok) saidAt = date.at;
      else fail('date', 'date_invalid');
    }
    let personaId = options.defaultPersonaId;
    if (cell('persona') !== '') {
      const found = personaByName.get(searchable(cell('persona')));
      if (found === undefined) fail('persona', 'persona_unknown');
      else personaId = found;
    }
    if (rowErrors.length === 0) {
      const identity = `${personaId}\u0000${searchable(quote)}`;
      if (seen.has(identity)) fail('quote', 'already_in_library');
      else if (inFile.has(identity)) fail('quote', 'duplicate_in_file');
      inFile.add(identity);
    }
    if (rowErrors.length > 0) {
      errors.push(...rowErrors);
      continue;
    }
    const draft: QuoteDraft = {
      personaId,
      quote,
      topic: cell('topic'),
      notes: cell('notes'),
      source: cell('source'),
      sourceKind: sourceKindOf(cell('source')),
      saidAt,
    };
    // The schema is the last word on what can be stored.
    vocQuoteSchema.pick({ personaId: true, quote: true, topic: true, notes: true, source: true, sourceKind: true, saidAt: true }).parse(draft);
    quotes.push(draft);
    rows.push(row);
  }
  return { ok: true, quotes, rows, errors, total: parsed.rows.length, ignoredColumns };
}

/** The row-error report as CSV (formulas defused), with the reasons in the user's words. */
export function quoteRowErrorsCsv(errors: readonly QuoteRowError[], reason: (code: QuoteRowErrorCode) => string = (c) => c): string {
  return csvText(
    ['row', 'column', 'value', 'reason'],
    errors.map((e) => [e.row, e.column, e.value, reason(e.code)]),
  );
}
