import { useTranslation } from 'react-i18next';
import type { ImportRecord } from '@shared/import';
import { useWorkspaceQuery } from '../../workspace-api';

/** Earlier imports of the workspace, newest first; each opens its summary (and its roll-back). */
export function ImportHistory({ onOpen }: { onOpen(record: ImportRecord): void }) {
  const { t, i18n } = useTranslation();
  const imports = useWorkspaceQuery((q) => q.imports(), []);
  if (!imports) return null;
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <section className="import-history" aria-labelledby="import-history-title">
      <h2 id="import-history-title">{t('csvImport.file.history')}</h2>
      {imports.length === 0 ? (
        <p className="muted">{t('csvImport.file.noHistory')}</p>
      ) : (
        <ul>
          {imports.map((r) => (
            <li key={r.id}>
              <button type="button" className="link-button" onClick={() => onOpen(r)}>
                {r.fileName}
              </button>{' '}
              <span className="muted">{t('csvImport.summary.at', { date: when.format(r.at), status: t(`csvImport.summary.status.${r.status}`) })}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
