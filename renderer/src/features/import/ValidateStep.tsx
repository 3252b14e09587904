import { Download } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { rowErrorsCsv, type RowIssue } from '@shared/import';
import { platform } from '../../app/services';
import type { ImportPreviewSummary } from '../../workspace-api';
import { Button, formatNumber } from '../../ui';
import { issueText, targetLabel } from './import-labels';

const SHOWN = 200;

/** The row-error report before anything is written: row, column, value and reason of every issue, downloadable as CSV. */
export function ValidateStep({ preview, fileName }: { preview: ImportPreviewSummary; fileName: string }) {
  const { t, i18n } = useTranslation();
  const n = (v: number) => formatNumber(v, i18n.language);
  const issues = [...preview.issues].sort((a, b) => a.row - b.row || (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  const warnings = issues.filter((i) => i.severity === 'warning').length;
  const download = async () => {
    const csv = rowErrorsCsv(issues, {
      reason: (code) => issueText(t, { code }, true),
      severity: (s: RowIssue['severity']) => t(`csvImport.validate.severity.${s}`),
    });
    // With a BOM, so Excel opens Korean text as UTF-8.
    const bytes = new TextEncoder().encode(`\uFEFF${csv}`);
    await platform.saveFile(t('csvImport.validate.reportName', { name: fileName.replace(/\.[^.]+$/, '') }), bytes, [{ name: 'CSV', extensions: ['csv'] }]);
  };
  return (
    <div className="import-step">
      <h2>{t('csvImport.validate.title')}</h2>
      <p role="status" data-testid="import-validate-summary">
        {issues.length === 0
          ? t('csvImport.validate.ok', { rows: n(preview.rowsRead) })
          : t('csvImport.validate.summary', {
              rows: n(preview.rowsRead),
              good: n(preview.rowsRead - preview.rejectedRows),
              bad: n(preview.rejectedRows),
              warnings: n(warnings),
            })}
      </p>
      {issues.length > 0 && (
        <>
          <Button onClick={() => void download()}>
            <Download size={14} aria-hidden />
            {t('csvImport.validate.download')}
          </Button>
          <div className="import-table-wrap">
            <table className="data-table import-issues" data-testid="import-issues">
              <thead>
                <tr>
                  <th scope="col">{t('csvImport.validate.row')}</th>
                  <th scope="col">{t('csvImport.validate.column')}</th>
                  <th scope="col">{t('csvImport.validate.value')}</th>
                  <th scope="col">{t('csvImport.validate.reason')}</th>
                </tr>
              </thead>
              <tbody>
                {issues.slice(0, SHOWN).map((issue, i) => (
                  <tr key={i} className={issue.severity === 'error' ? 'import-error-row' : undefined}>
                    <td className="num">{issue.row}</td>
                    <td>{issue.column}</td>
                    <td>{issue.value}</td>
                    <td>
                      <span className={issue.severity === 'error' ? 'error-text' : 'warning-text'}>{t(`csvImport.validate.severity.${issue.severity}`)}</span>
                      {': '}
                      {issueText(t, issue)}
                      {issue.field && <span className="muted"> — {targetLabel(t, issue.field)}</span>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {issues.length > SHOWN && <p className="muted">{t('csvImport.validate.showing', { shown: n(SHOWN), total: n(issues.length) })}</p>}
        </>
      )}
    </div>
  );
}
