import { useTranslation } from 'react-i18next';
import type { MergeSummary } from '@shared/workspace-file';

/** What a merge did: counts over every table, and the records that differed on both sides with the version kept. */
export function MergeSummaryView({ summary, into }: { summary: MergeSummary; into: string }) {
  const { t } = useTranslation();
  const total = { added: 0, updated: 0, unchanged: 0, keptLocal: 0 };
  for (const counts of Object.values(summary.tables)) {
    total.added += counts.added;
    total.updated += counts.updated;
    total.unchanged += counts.unchanged;
    total.keptLocal += counts.keptLocal;
  }
  return (
    <div className="merge-summary" role="status">
      <h3>{t('workspaceFiles.mergedTitle', { name: into })}</h3>
      <p>
        {t('workspaceFiles.mergedCounts', {
          added: total.added.toLocaleString(),
          updated: total.updated.toLocaleString(),
          kept: total.keptLocal.toLocaleString(),
          unchanged: total.unchanged.toLocaleString(),
        })}
      </p>
      {summary.conflictCount > 0 && (
        <>
          <p>
            {t('workspaceFiles.conflicts', { count: summary.conflictCount })}
            {summary.conflicts.length < summary.conflictCount && ` ${t('workspaceFiles.conflictsShown', { shown: summary.conflicts.length })}`}
          </p>
          <div className="merge-conflicts">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('workspaceFiles.conflictColumnTable')}</th>
                  <th scope="col">{t('workspaceFiles.conflictColumnId')}</th>
                  <th scope="col">{t('workspaceFiles.conflictColumnKept')}</th>
                </tr>
              </thead>
              <tbody>
                {summary.conflicts.map((c) => (
                  <tr key={`${c.table}:${c.id}`}>
                    <td>{c.table}</td>
                    <td className="mono">{c.id}</td>
                    <td>{c.winner === 'incoming' ? t('workspaceFiles.conflictWinnerIncoming') : t('workspaceFiles.conflictWinnerLocal')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </div>
  );
}
