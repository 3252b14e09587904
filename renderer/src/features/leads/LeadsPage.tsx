import { useLiveQuery } from 'dexie-react-hooks';
import { Users } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { listLeadRows } from '../../db/repositories/leads-repository';
import type { WorkspaceDb } from '../../db/workspace-db';
import { EmptyState, formatNumber } from '../../ui';
import { LeadsTable } from './LeadsTable';
import { useStageLabels } from './use-stage-labels';

export type LeadsPageProps = { db: WorkspaceDb };

export function LeadsPage({ db }: LeadsPageProps) {
  const { t, i18n } = useTranslation();
  const rows = useLiveQuery(() => listLeadRows(db), [db]);
  const stageLabels = useStageLabels(db);
  return (
    <section className="page leads-page" aria-labelledby="leads-title">
      <header className="page-header">
        <h1 id="leads-title">{t('leads.title')}</h1>
        {rows && <span className="page-count">{t('leads.count', { count: rows.length, formattedCount: formatNumber(rows.length, i18n.language) })}</span>}
      </header>
      {rows === undefined ? (
        <p className="muted">{t('leads.loading')}</p>
      ) : rows.length === 0 ? (
        <EmptyState icon={<Users size={28} />} title={t('leads.emptyTitle')}>
          {t('leads.emptyBody')}
        </EmptyState>
      ) : (
        <LeadsTable rows={rows} stageLabels={stageLabels} />
      )}
    </section>
  );
}
