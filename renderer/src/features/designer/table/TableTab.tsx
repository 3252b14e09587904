import { Printer } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { csvText } from '@shared/csv/csv-writer';
import { useSaveExport } from '../../../app/use-save-export';
import { Button, ChartCard, EmptyState } from '../../../ui';
import { useLifecycleDraft } from '../lifecycle/use-lifecycle-draft';
import { lifecycleRows, rowColumns, type LifecycleRow } from './lifecycle-rows';

const cellText = (row: LifecycleRow, column: (typeof rowColumns)[number], none: string) => {
  const v = row[column];
  return Array.isArray(v) ? v.join('; ') || none : String(v);
};

/** The same design as the sheet a team signs off: one row per stage, printable and exported as CSV. */
export function TableTab() {
  const { t } = useTranslation();
  const { shown, dirty, saved } = useLifecycleDraft();
  const save = useSaveExport();
  if (saved === undefined) return <p className="muted">{t('designer.loading')}</p>;
  if (!shown) return <EmptyState title={t('designer.noLifecycle')} />;
  const rows = lifecycleRows(t, shown);
  const none = t('designer.table.none');
  const header = rowColumns.map((c) => t(`designer.table.columns.${c}`));
  const csv = () =>
    csvText(
      header,
      rows.map((r) => rowColumns.map((c) => cellText(r, c, ''))),
    );
  const list = (items: string[]) =>
    items.length === 0 ? (
      none
    ) : (
      <ul className="plain-list">
        {items.map((item, i) => (
          <li key={i}>{item}</li>
        ))}
      </ul>
    );
  const table = (
    <table className="lifecycle-table" data-testid="lifecycle-table">
      <caption className="visually-hidden">{t('designer.table.title')}</caption>
      <thead>
        <tr>
          {header.map((h) => (
            <th key={h} scope="col">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id} className={r.side ? 'is-side' : undefined} data-stage={r.id}>
            <th scope="row">
              {r.stage}
              {r.side && <span className="muted"> {t('designer.table.side')}</span>}
            </th>
            <td>{r.definition}</td>
            <td>{list(r.entry)}</td>
            <td>{list(r.exit)}</td>
            <td>{r.owner}</td>
            <td>{r.sla}</td>
            <td>{r.metric}</td>
            <td>{r.target}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <div className="table-tab">
      <div className="designer-toolbar no-print">
        {dirty && <span className="badge badge-warning">{t('designer.table.draft')}</span>}
        <Button className="page-action" onClick={() => window.print()}>
          <Printer size={14} aria-hidden />
          {t('designer.table.print')}
        </Button>
      </div>
      <ChartCard
        title={`${t('designer.table.title')}: ${shown.name}`}
        description={t('designer.table.description')}
        tableOnly
        chart={null}
        table={table}
        csv={csv}
        fileName={t('designer.table.fileName')}
        onSave={save}
      />
    </div>
  );
}
