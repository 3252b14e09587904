import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportRecord } from '@shared/import';
import { fieldErrorsText } from '../../i18n/field-errors';
import { useWorkspaceApi } from '../../workspace-api';
import { Button, ConfirmDialog, formatNumber, showToast } from '../../ui';

const kinds = ['contacts', 'companies', 'deals', 'activities', 'tasks', 'teamMembers'] as const;

/** What the import did (created, updated, skipped per kind; rows that failed), a link to its saved view, and its roll-back. */
export function SummaryStep({ record, viewName, onAnother }: { record: ImportRecord; viewName: string | null; onAnother(): void }) {
  const { t, i18n } = useTranslation();
  const { actions } = useWorkspaceApi();
  const [asking, setAsking] = useState(false);
  const n = (v: number) => formatNumber(v, i18n.language);
  const rollback = async () => {
    setAsking(false);
    const result = await actions.rollbackImport({ importId: record.id });
    if (result.ok) showToast({ tone: 'ok', text: t('csvImport.summary.rolledBack', { name: record.fileName, count: result.value.restored }) });
    else showToast({ tone: 'error', text: t('csvImport.summary.rollbackRefused', { reason: fieldErrorsText(t, result.errors) }) });
  };
  return (
    <div className="import-step">
      <h2>{t('csvImport.summary.title', { name: record.fileName })}</h2>
      <p data-testid="import-summary-rows">{t('csvImport.summary.rows', { rows: n(record.counts.rowsRead), failed: n(record.counts.failedRows) })}</p>
      <table className="data-table import-summary" data-testid="import-summary">
        <thead>
          <tr>
            <th scope="col">{t('csvImport.summary.entity')}</th>
            <th scope="col" className="num">
              {t('csvImport.summary.created')}
            </th>
            <th scope="col" className="num">
              {t('csvImport.summary.updated')}
            </th>
            <th scope="col" className="num">
              {t('csvImport.summary.skipped')}
            </th>
          </tr>
        </thead>
        <tbody>
          {kinds.map((kind) => {
            const c = record.counts[kind];
            return (
              <tr key={kind} data-kind={kind}>
                <th scope="row">{t(`csvImport.summary.kinds.${kind}`)}</th>
                <td className="num">{n(c.created)}</td>
                <td className="num">{n(c.updated)}</td>
                <td className="num">{n(c.skipped)}</td>
              </tr>
            );
          })}
          <tr className="total-row">
            <th scope="row">{t('csvImport.summary.failed')}</th>
            <td className="num" colSpan={3}>
              {n(record.counts.failedRows)}
            </td>
          </tr>
        </tbody>
      </table>
      <div className="row-actions">
        {record.leadViewId && viewName && record.status === 'done' && (
          <Button variant="primary" onClick={() => openView(record.leadViewId!)}>
            {t('csvImport.summary.openView', { name: viewName })}
          </Button>
        )}
        {record.status === 'done' && <Button onClick={() => setAsking(true)}>{t('csvImport.summary.rollback')}</Button>}
        <Button variant="ghost" onClick={onAnother}>
          {t('csvImport.summary.another')}
        </Button>
      </div>
      <ConfirmDialog
        open={asking}
        title={t('csvImport.summary.rollbackTitle', { name: record.fileName })}
        body={t('csvImport.summary.rollbackBody')}
        confirmLabel={t('csvImport.summary.rollbackConfirm')}
        onConfirm={() => void rollback()}
        onCancel={() => setAsking(false)}
      />
    </div>
  );
}

/** Features reach each other by address: the leads list opens a saved view named in it. */
function openView(viewId: string) {
  location.hash = `#/leads?view=${encodeURIComponent(viewId)}`;
}
