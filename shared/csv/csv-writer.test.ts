import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { columnsCsv, csvFile, csvText } from './csv-writer';

const parse = (text: string) => Papa.parse<string[]>(text.trim()).data;

describe('csvText', () => {
  it('quotes commas, quotes and line breaks, and leaves empty cells for null', () => {
    expect(
      parse(
        csvText(
          ['a', 'b', 'c'],
          [
            ['x, y', 'say "hi"', null],
            ['line\nbreak', 3, undefined],
          ],
        ),
      ),
    ).toEqual([
      ['a', 'b', 'c'],
      ['x, y', 'say "hi"', ''],
      ['line\nbreak', '3', ''],
    ]);
  });

  it('defuses text a spreadsheet would run as a formula, and keeps numbers as numbers', () => {
    const rows = parse(csvText(['v'], [['=1+1'], ['+49 30'], ['-x'], ['@SUM(A1)'], ['\t=1'], [-5], ['a=b']]));
    expect(rows.slice(1).map((r) => r[0])).toEqual(["'=1+1", "'+49 30", "'-x", "'@SUM(A1)", "'\t=1", '-5', 'a=b']);
  });

  it('defuses a formula followed by a line break in the same cell (Papa Parse’s own pattern lets it through)', () => {
    const evil = '=HYPERLINK("http://evil.example","click")\nsecond line';
    expect(parse(csvText(['v'], [[evil]]))[1]![0]).toBe(`'${evil}`);
    expect(Papa.unparse([[evil]], { escapeFormulae: true }).startsWith('"=')).toBe(true);
  });

  it('reads back every text cell as written, a leading formula character aside', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string({ unit: 'binary', maxLength: 12 }), { minLength: 2, maxLength: 2 }), { maxLength: 10 }), (rows) => {
        const back = Papa.parse<string[]>(csvText(['a', 'b'], rows), { skipEmptyLines: false }).data.slice(1, rows.length + 1);
        back.forEach((row, i) => row.forEach((cell, j) => expect(/^[=+\-@\t\r]/.test(rows[i]![j]!) ? cell.slice(1) : cell).toBe(rows[i]![j])));
      }),
    );
  });
});

describe('csvFile and columnsCsv', () => {
  it('starts the file with a UTF-8 byte-order mark and encodes Hangul as UTF-8', () => {
    const bytes = csvFile('이름\n김민준');
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes.slice(3))).toBe('이름\n김민준');
  });

  it('writes the chosen columns in their order', () => {
    const people = [{ name: '김민준', score: 80 }];
    const csv = columnsCsv(
      [
        { id: 'score', header: 'Score', value: (p: (typeof people)[number]) => p.score },
        { id: 'name', header: '이름', value: (p: (typeof people)[number]) => p.name },
      ],
      people,
    );
    expect(parse(csv)).toEqual([
      ['Score', '이름'],
      ['80', '김민준'],
    ]);
  });
});
