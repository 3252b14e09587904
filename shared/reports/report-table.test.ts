import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { currencyDigits, isMonthKey, reportColumn, reportTableSchema, tableCsv, type ReportTable } from './report-table';

const table: ReportTable = {
  columns: [
    reportColumn('source', 'text'),
    reportColumn('won', 'count'),
    reportColumn('winRate', 'percent'),
    reportColumn('avg', 'money', 'report.column.averageWon', 'KRW'),
  ],
  rows: [
    { source: '=HYPERLINK("http://evil.example")', won: 3, winRate: 0.75, avg: 2000 },
    { source: null, won: 0, winRate: null, avg: null },
  ],
};
const labels = {
  header: (key: string) =>
    ({ 'report.column.source': 'Source', 'report.column.won': 'Won', 'report.column.winRate': 'Win rate', 'report.column.averageWon': 'Average won' })[key] ??
    key,
};

describe('report tables', () => {
  it('align numbers to the end and text to the start, and cross the worker boundary as valid data', () => {
    expect(table.columns.map((c) => c.align)).toEqual(['start', 'end', 'end', 'end']);
    expect(reportTableSchema.parse(table)).toEqual(table);
  });

  it('export as CSV with translated headers, the currency beside a money header, and formulas defused', () => {
    const csv = tableCsv(table, labels);
    const parsed = Papa.parse<string[]>(csv).data;
    expect(parsed[0]).toEqual(['Source', 'Won', 'Win rate', 'Average won (KRW)']);
    // Papa Parse's escapeFormulae: the spreadsheet shows the text instead of running it.
    expect(parsed[1]).toEqual(['\'=HYPERLINK("http://evil.example")', '3', '0.75', '2000']);
    expect(parsed[2]).toEqual(['', '0', '', '']);
  });

  it('write numbers rounded by their format, never float noise', () => {
    const noisy: ReportTable = {
      columns: [reportColumn('rate', 'percent'), reportColumn('amount', 'money', 'm', 'USD'), reportColumn('days', 'days'), reportColumn('n', 'count')],
      rows: [{ rate: 0.7391304347826086, amount: 83294.11764705883, days: 2.3637837037037035, n: 12 }],
    };
    const [, row] = Papa.parse<string[]>(tableCsv(noisy, { header: (key) => key }).replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    expect(row).toEqual(['0.7391', '83294.12', '2.36', '12']);
  });

  it('write money with the currency’s own digits: no decimals for the won, cents for the dollar', () => {
    const money: ReportTable = {
      columns: [reportColumn('krw', 'money', 'k', 'KRW'), reportColumn('usd', 'money', 'u', 'USD'), reportColumn('jpy', 'money', 'j', 'JPY')],
      rows: [{ krw: 83294117.64705883, usd: 83294.11764705883, jpy: 1234.5 }],
    };
    const [, row] = Papa.parse<string[]>(tableCsv(money, { header: (key) => key }).replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    expect(row).toEqual(['83294118', '83294.12', '1235']);
    expect([currencyDigits('KRW'), currencyDigits('USD'), currencyDigits('BHD'), currencyDigits('not a code')]).toEqual([0, 2, 3, 2]);
  });

  it('keep month keys as keys in a CSV (sortable, any language), and word the other values of a month column', () => {
    const months: ReportTable = {
      columns: [reportColumn('month', 'month'), reportColumn('n', 'count')],
      rows: [
        { month: '2026-10', n: 1 },
        { month: 'none', n: 2 },
      ],
    };
    expect(months.columns[0]!.align).toBe('start');
    const [, first, second] = Papa.parse<string[]>(tableCsv(months, { header: (key) => key, text: (_key, value) => `«${value}»` }).replace(/^\uFEFF/, ''), {
      skipEmptyLines: true,
    }).data;
    expect([first![0], second![0]]).toEqual(['2026-10', '«none»']);
    expect([isMonthKey('2026-10'), isMonthKey('none'), isMonthKey('2026-1')]).toEqual([true, false, false]);
  });

  it('let the caller word text cells, "none" included', () => {
    const csv = tableCsv(table, { ...labels, text: (_key, value) => (value === null ? 'No source' : value.toUpperCase()) });
    expect(Papa.parse<string[]>(csv).data[2]![0]).toBe('No source');
  });
});
