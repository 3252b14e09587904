import { useTranslation } from 'react-i18next';
import { isMonthKey, type ReportColumn, type ReportTable } from '@shared/index';
import { RecordSetLink } from '../../app/RecordSetLink';
import { formatCurrency, formatMonthKey, formatNumber, formatPercent } from '../../ui';

export type CellWords = {
  /** A text cell in words: owner ids become names, stage ids stage names, null "—"/"Unassigned". */
  text(columnKey: string, value: string | null): string;
};

/** A column's header in the user's language; a key without words yet reads as its own key, spaced. */
export function useColumnLabel() {
  const { t } = useTranslation();
  // Keys are built by shared (report.column.<key>, report.kpi.<role>.<key>): typed keys cannot check them.
  const translate = t as unknown as (key: string, options: Record<string, unknown>) => string;
  return (column: ReportColumn) => translate(column.labelKey, { defaultValue: column.key.replace(/([A-Z])/g, ' $1').toLowerCase() });
}

/** One cell, formatted as its column says (numbers right-aligned and written by Intl). */
export function useCellText(words: CellWords) {
  const { i18n } = useTranslation();
  return (column: ReportColumn, value: string | number | null): string => {
    if (column.format === 'text') return words.text(column.key, value === null ? null : String(value));
    // A month in words ("Oct 2026", "2026년 10월"); a month column's other values ("none": no close date) are text.
    if (column.format === 'month')
      return isMonthKey(value) ? formatMonthKey(value, i18n.language) : words.text(column.key, value === null ? null : String(value));
    if (value === null || typeof value === 'string') return value ?? '—';
    switch (column.format) {
      case 'count':
        return formatNumber(value, i18n.language);
      case 'money':
        // Whole units throughout, as the KPIs: cents only where an average happened not to be whole mixed "$60,250" and "$83,294.12" in one column.
        return formatCurrency(value, column.currency ?? 'USD', i18n.language, true);
      case 'percent':
        return formatPercent(value, i18n.language);
      case 'days':
      case 'hours':
        return formatNumber(value, i18n.language, 1);
    }
  };
}

export type ReportTableViewProps = {
  table: ReportTable;
  caption: string;
  words: CellWords;
  /** The report and its period in words: what the list of a row's records says it shows. */
  context?: string;
  testId?: string;
};

/**
 * A report table as an accessible table: a caption, column headers, numbers right-aligned. A row
 * that counts records opens them (its first cell is a button): deals in the pipeline's list view,
 * contacts in the leads list.
 */
export function ReportTableView({ table, caption, words, context, testId }: ReportTableViewProps) {
  const { t, i18n } = useTranslation();
  const label = useColumnLabel();
  const cell = useCellText(words);
  if (table.rows.length === 0) return <p className="muted">{t('report.noRows')}</p>;
  return (
    <div className="report-table-scroll">
      <table className="data-table" data-testid={testId}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {table.columns.map((c) => (
              <th key={c.key} scope="col" className={c.align === 'end' ? 'num' : undefined}>
                {label(c)}
                {c.currency ? ` (${c.currency})` : ''}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, i) => {
            const first = table.columns[0];
            const rowName = first ? cell(first, row[first.key] ?? null) : '';
            return (
              <tr key={i}>
                {table.columns.map((c, col) => {
                  const text = cell(c, row[c.key] ?? null);
                  // A row opens its records from its first cell; a count cell may open its own (a rep's overdue tasks).
                  const records = (col === 0 ? table.records?.[i] : null) ?? table.cellRecords?.[i]?.[c.key];
                  const opens = records && records.ids.length > 0;
                  return (
                    <td key={c.key} className={c.align === 'end' ? 'num' : c.format === 'month' ? 'month' : undefined}>
                      {opens ? (
                        <RecordSetLink
                          kind={records.kind}
                          ids={records.ids}
                          label={col === 0 ? `${context ?? caption} — ${text}` : `${context ?? caption} — ${rowName} · ${label(c)}`}
                          title={t(records.kind === 'deals' ? 'recordSet.openDeals' : 'recordSet.openContacts', {
                            count: records.ids.length,
                            formattedCount: formatNumber(records.ids.length, i18n.language),
                          })}
                          data-opens={records.ids.length}
                          data-column={c.key}
                        >
                          {text}
                        </RecordSetLink>
                      ) : (
                        text
                      )}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
