import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { parseCsv } from './parse-csv';
import { readCsvBytes } from './read-csv-file';

describe('parseCsv', () => {
  it.each([
    [',', 'a,b\r\n1,2\r\n'],
    [';', 'a;b\n1;2\n'],
    ['\t', 'a\tb\r\n1\t2'],
  ])('finds the %j delimiter and reads CRLF or LF', (delimiter, text) => {
    expect(parseCsv(text)).toEqual({ ok: true, headers: ['a', 'b'], rows: [{ row: 2, cells: ['1', '2'] }], delimiter, invalidQuoteRows: [] });
  });

  it('keeps a quoted newline inside its cell and counts rows as a spreadsheet does', () => {
    const result = parseCsv('name,note\r\n"Kim","line one\r\nline two"\r\n\r\nLee,"say ""hi"""\r\n');
    // Row 3 is blank and skipped; the quoted newline does not add a row, so Lee is row 4 as Excel shows it.
    expect(result).toMatchObject({
      ok: true,
      rows: [
        { row: 2, cells: ['Kim', 'line one\r\nline two'] },
        { row: 4, cells: ['Lee', 'say "hi"'] },
      ],
    });
  });

  it('names the files it cannot read', () => {
    expect(parseCsv('')).toEqual({ ok: false, error: 'empty_file' });
    expect(parseCsv('\uFEFF \r\n')).toEqual({ ok: false, error: 'empty_file' });
    expect(parseCsv(',,\r\n,,\r\n')).toEqual({ ok: false, error: 'no_header' });
    expect(parseCsv('Email,name,EMAIL\r\nx,y,z')).toEqual({ ok: false, error: 'duplicate_headers', headers: ['Email', 'EMAIL'] });
    expect(parseCsv('a,b\r\n1,"never closed\r\n2,3')).toEqual({ ok: false, error: 'unclosed_quote', row: 2 });
  });

  it('names blank header cells by position and drops a BOM left in the text', () => {
    expect(parseCsv('\uFEFFemail,,x\n1,2,3')).toMatchObject({ ok: true, headers: ['email', '#2', 'x'] });
  });

  it('reads back any grid Papa Parse writes (quotes, delimiters and newlines inside cells)', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'é', '김', ',', ';', '\t', '"', '\n', '\r\n', ' ', '1') });
    const grid = fc
      .integer({ min: 1, max: 5 })
      .chain((width) =>
        fc.tuple(
          fc.uniqueArray(fc.stringMatching(/^[a-z]{1,6}$/), { minLength: width, maxLength: width }),
          fc.array(fc.array(cell, { minLength: width, maxLength: width }), { maxLength: 6 }),
          fc.constantFrom(',', ';', '\t'),
          fc.constantFrom('\r\n', '\n'),
        ),
      );
    fc.assert(
      fc.property(grid, ([headers, rows, delimiter, newline]) => {
        const text = Papa.unparse({ fields: headers, data: rows }, { delimiter, newline, quotes: true });
        const parsed = parseCsv(text);
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        expect(parsed.headers).toEqual(headers);
        const kept = rows.filter((r) => r.some((c) => c.trim() !== ''));
        expect(parsed.rows.map((r) => r.cells)).toEqual(kept);
        if (headers.length > 1) expect(parsed.delimiter).toBe(delimiter);
      }),
    );
  });

  it('never throws on random text or bytes: a complete result or a named error', () => {
    const named = ['empty_file', 'no_header', 'duplicate_headers', 'unclosed_quote', 'undecodable'];
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '"', ',', ';', '\t', '\r', '\n', ' ', '이', '\uFEFF'), maxLength: 80 }), (text) => {
        const result = parseCsv(text);
        if (!result.ok) expect(named).toContain(result.error);
        else {
          expect(result.headers.length).toBeGreaterThan(0);
          for (const r of result.rows) expect(r.row).toBeGreaterThanOrEqual(2);
        }
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (data) => {
        const result = readCsvBytes(data);
        if (!result.ok) expect(named).toContain(result.error);
        else expect(result.rows.every((r) => Number.isInteger(r.row))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
