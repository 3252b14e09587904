import { useTranslation } from 'react-i18next';
import type { IcpPreview } from '@shared/index';
import type { IcpCriterion } from '@shared/model';
import { useSaveExport } from '../../../app/use-save-export';
import { formatNumber } from '../../../ui';
import type { TimedIcpPreview } from '../../../workspace-api';
import { FitHistogram } from './FitHistogram';
import { icpFieldLabel } from './icp-draft';

export type IcpPreviewPanelProps = {
  draft: TimedIcpPreview | null;
  applied: IcpPreview | null;
  criteria: readonly IcpCriterion[];
  threshold: number;
  running: boolean;
};

/** What the draft ICP makes of the workspace, beside what the applied one does: counts, the fit histogram, samples. */
export function IcpPreviewPanel({ draft, applied, criteria, threshold, running }: IcpPreviewPanelProps) {
  const { t, i18n } = useTranslation();
  const onSave = useSaveExport();
  const n = (v: number) => formatNumber(v, i18n.language);
  if (!draft)
    return (
      <p className="muted" role="status">
        {t('personas.icp.preview.loading')}
      </p>
    );
  const p = draft.preview;
  const criterionName = (i: number) => icpFieldLabel(t, criteria[i]?.field ?? '');
  return (
    <aside className={running ? 'icp-preview is-running' : 'icp-preview'} aria-busy={running} aria-labelledby="icp-preview-title" data-testid="icp-preview">
      <h2 id="icp-preview-title">{t('personas.icp.preview.title')}</h2>
      <p className="muted" data-testid="icp-preview-time">
        {t('personas.icp.preview.hint', { companies: n(p.companies), contacts: n(p.contacts), ms: formatNumber(draft.ms, i18n.language, 1) })}
      </p>
      <dl className="icp-figures">
        <div>
          <dt>{t('personas.icp.preview.companiesInIcp')}</dt>
          <dd data-testid="icp-companies-in">{t('personas.icp.preview.ofTotal', { count: n(p.companiesInIcp), total: n(p.companies) })}</dd>
          {applied && <dd className="muted">{t('personas.icp.preview.appliedNow', { count: n(applied.companiesInIcp) })}</dd>}
        </div>
        <div>
          <dt>{t('personas.icp.preview.contactsInIcp')}</dt>
          <dd data-testid="icp-contacts-in">{t('personas.icp.preview.ofTotal', { count: n(p.contactsInIcp), total: n(p.contacts) })}</dd>
          {applied && <dd className="muted">{t('personas.icp.preview.appliedNow', { count: n(applied.contactsInIcp) })}</dd>}
        </div>
      </dl>
      <FitHistogram draft={p.histogram} applied={applied?.histogram ?? null} threshold={threshold} onSave={onSave} />
      <div className="icp-samples">
        <section aria-labelledby="icp-matching">
          <h3 id="icp-matching">{t('personas.icp.preview.matching')}</h3>
          {p.matching.length === 0 ? (
            <p className="muted">{t('personas.icp.preview.noMatching')}</p>
          ) : (
            <ul className="plain-list icp-sample-list" data-testid="icp-matching">
              {p.matching.map((s) => (
                <li key={s.companyId}>
                  <span className="icp-sample-name">{s.name}</span>
                  <span className="muted">{t('personas.icp.preview.sample', { fit: n(s.fit), count: s.contacts, contacts: n(s.contacts) })}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="icp-near">
          <h3 id="icp-near">{t('personas.icp.preview.nearMisses')}</h3>
          {p.nearMisses.length === 0 ? (
            <p className="muted">{t('personas.icp.preview.noNearMisses')}</p>
          ) : (
            <ul className="plain-list icp-sample-list" data-testid="icp-near-misses">
              {p.nearMisses.map((s) => (
                <li key={s.companyId}>
                  <span className="icp-sample-name">{s.name}</span>
                  <span className="muted">{t('personas.icp.preview.sample', { fit: n(s.fit), count: s.contacts, contacts: n(s.contacts) })}</span>
                  <span className="icp-misses">{t('personas.icp.preview.misses', { criteria: s.missed.map(criterionName).join(', ') })}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </aside>
  );
}
