import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { RowIssue } from './import-issue';
import { rowErrorsCsv } from './row-errors-csv';

const issue = (row: number, column: string, value: string, code: RowIssue['code'] = 'invalid_format'): RowIssue => ({
  row,
  column,
  value,
  code,
  severity: 'error',
});

describe('rowErrorsCsv', () => {
  it('lists issues by row with the reason in the user’s words', () => {
    const csv = rowErrorsCsv(
      [issue(5, 'Email', 'x', 'invalid_email'), { ...issue(2, 'sector', 'technolgy', 'possible_typo'), severity: 'warning', suggestion: 'technology' }],
      {
        reason: (c) => `reason:${c}`,
        severity: (s) => s.toUpperCase(),
      },
    );
    expect(csv).toBe(
      'row,column,value,reason,severity,suggestion\r\n2,sector,technolgy,reason:possible_typo,WARNING,technology\r\n5,Email,x,reason:invalid_email,ERROR,',
    );
  });

  it('never lets a rejected cell run as a formula in a spreadsheet', () => {
    const csv = rowErrorsCsv([issue(2, '=cmd', '=HYPERLINK("http://evil")'), issue(3, 'a', '+1'), issue(4, 'a', '@SUM(A1)'), issue(5, 'a', '-2')]);
    const cells = Papa.parse<string[]>(csv).data.slice(1);
    expect(cells.map((r) => r[2])).toEqual([`'=HYPERLINK("http://evil")`, `'+1`, `'@SUM(A1)`, `'-2`]);
    expect(cells[0]![1]).toBe(`'=cmd`);
  });

  it('reads back as one line per issue whatever the values hold', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            row: fc.integer({ min: 2, max: 1e6 }),
            column: fc.string(),
            value: fc.string({ unit: fc.constantFrom('a', ',', '"', '\n', '\r\n', '김', ' ') }),
          }),
        ),
        (list) => {
          const parsed = Papa.parse<string[]>(rowErrorsCsv(list.map((l) => issue(l.row, l.column, l.value))), { skipEmptyLines: true });
          expect(parsed.data.length).toBe(list.length + 1);
        },
      ),
    );
  });
});
