import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { PreviewRow } from '@shared/import';
import { contactDisplayName } from '@shared/model';
import type { ImportPreviewSummary } from '../../workspace-api';
import { formatDate } from '../../ui';
import { issueText } from './import-labels';

/** What one row becomes, in a few words: "contact Emma Smith · company Acme · deal GTX Pro". */
function becomes(t: TFunction, row: PreviewRow): string {
  const parts: string[] = [];
  if (row.contact) parts.push(`${t('csvImport.entity.contact')} ${contactDisplayName(row.contact) || row.contact.email}`);
  if (row.company) parts.push(`${t('csvImport.entity.company')} ${row.company.name}`);
  if (row.deal) parts.push(`${t('csvImport.entity.deal')} ${row.deal.title}`);
  if (row.activity) parts.push(`${t('csvImport.entity.activity')} ${row.activity.type}`);
  if (row.task) parts.push(`${t('csvImport.entity.task')} ${row.task.title}`);
  return parts.join(' · ') || t('csvImport.preview.none');
}

/** The first rows as the import will read them: each mapped cell, how a date was read, and the records the row becomes. */
export function PreviewStep({ preview, timeZone }: { preview: ImportPreviewSummary; timeZone?: string }) {
  const { t, i18n } = useTranslation();
  const first = preview.rows.slice(0, 10);
  const shown = (first[0]?.cells ?? []).map((c, i) => ({ c, i })).filter(({ c }) => c.mapping.kind !== 'ignore');
  return (
    <div className="import-step">
      <h2>{t('csvImport.preview.title')}</h2>
      <div className="import-table-wrap">
        <table className="data-table import-preview" data-testid="import-preview">
          <thead>
            <tr>
              <th scope="col">{t('csvImport.preview.row')}</th>
              {shown.map(({ c }) => (
                <th key={c.column} scope="col">
                  {c.column}
                </th>
              ))}
              <th scope="col">{t('csvImport.preview.becomes')}</th>
            </tr>
          </thead>
          <tbody>
            {first.map((row) => {
              const error = row.issues.find((i) => i.severity === 'error');
              return (
                <tr key={row.row}>
                  <th scope="row" className="num">
                    {row.row}
                  </th>
                  {shown.map(({ i }) => {
                    const cell = row.cells[i]!;
                    return (
                      <td key={cell.column}>
                        {cell.value}
                        {cell.date && (
                          <span className="import-date-read">
                            {t('csvImport.preview.dateRead', {
                              date: formatDate(cell.date.at, i18n.language, timeZone),
                              format: t(`csvImport.preview.format.${cell.date.format}`),
                            })}
                          </span>
                        )}
                      </td>
                    );
                  })}
                  <td className={error ? 'error-text' : undefined}>
                    {error ? t('csvImport.preview.rejected', { reason: `${error.column}: ${issueText(t, error)}` }) : becomes(t, row)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
