import { useTranslation } from 'react-i18next';
import { dealProbability } from '@shared/index';
import type { Deal, Pipeline, TeamMember } from '@shared/model';
import { formatCurrency, formatMonthKey, formatPercent } from '../../ui';
import { closeMonthOf } from './use-board';

export type ForecastStripProps = { deals: Deal[]; wonThisQuarter: number; pipeline: Pipeline; currency: string; timeZone: string; owner: TeamMember | null };

/** Weighted total of the deals shown, the next months by expected close, and the chosen owner's quota this quarter. */
export function ForecastStrip({ deals, wonThisQuarter, pipeline, currency, timeZone, owner }: ForecastStripProps) {
  const { t, i18n } = useTranslation();
  const stages = new Map(pipeline.stages.map((s) => [s.id, s]));
  const months = new Map<string, number>();
  let weighted = 0;
  for (const d of deals) {
    if (d.currency !== currency) continue;
    const w = (d.amount ?? 0) * dealProbability(d, stages.get(d.stageId));
    weighted += w;
    const month = closeMonthOf(d, timeZone);
    months.set(month, (months.get(month) ?? 0) + w);
  }
  const upcoming = [...months].filter(([m]) => m !== '').sort(([a], [b]) => (a < b ? -1 : 1));
  const money = (value: number) => formatCurrency(value, currency, i18n.language, true);
  const monthName = (key: string) => formatMonthKey(key, i18n.language);
  return (
    <section className="forecast-strip" aria-label={t('board.forecast')}>
      <div className="forecast-figure">
        <span className="muted">{t('board.weightedTotal')}</span>
        <strong data-testid="forecast-weighted">{money(weighted)}</strong>
      </div>
      <div className="forecast-months">
        <span className="muted">{t('board.byMonth')}</span>
        <ol>
          {upcoming.slice(0, 4).map(([month, value]) => (
            <li key={month}>
              <span>{monthName(month)}</span> <strong>{money(value)}</strong>
            </li>
          ))}
          {months.has('') && (
            <li>
              <span>{t('board.noCloseDate')}</span> <strong>{money(months.get('')!)}</strong>
            </li>
          )}
        </ol>
      </div>
      <div className="forecast-figure">
        <span className="muted">{t('board.quota')}</span>
        {owner === null ? (
          <span className="muted">{t('board.pickOwner')}</span>
        ) : owner.quota === null || owner.quota === 0 ? (
          <span className="muted">{t('board.noQuota')}</span>
        ) : (
          <strong>
            {t('board.quotaOf', { won: money(wonThisQuarter), quota: money(owner.quota), percent: formatPercent(wonThisQuarter / owner.quota, i18n.language) })}
          </strong>
        )}
      </div>
    </section>
  );
}
