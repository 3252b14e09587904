import { tableCsv, type ReportTable } from '@shared/index';
import { ChartCard } from '../../ui';
import { ReportTableView, useColumnLabel, type CellWords } from './ReportTableView';

export type ReportCardProps = {
  title: string;
  description?: string;
  table: ReportTable;
  words: CellWords;
  fileName: string;
  onSave(name: string, data: Uint8Array): void;
  /** A chart of the same figures; without one the table is the card. */
  chart?: React.ReactNode;
  /** Shown between the description and the chart (a role's KPIs). */
  summary?: React.ReactNode;
  /** The report and its period in words, for the list a row's records open in. */
  context?: string;
  testId?: string;
};

/** A report: its chart (when it has one) with the table one click away, or the table alone; CSV (and PNG) export. */
export function ReportCard({ title, description, table, words, fileName, onSave, chart, summary, context, testId }: ReportCardProps) {
  const label = useColumnLabel();
  const view = <ReportTableView table={table} caption={title} words={words} context={context ?? title} testId={testId} />;
  return (
    <ChartCard
      title={title}
      description={description}
      fileName={fileName}
      onSave={onSave}
      // Rates are written as fractions (0.25), which spreadsheets format; the header says so.
      csv={() => tableCsv(table, { header: (_key, column) => (column.format === 'percent' ? `${label(column)} (0–1)` : label(column)), text: words.text })}
      chart={chart}
      table={view}
      tableOnly={chart === undefined}
      summary={summary}
      scope={context}
    />
  );
}
