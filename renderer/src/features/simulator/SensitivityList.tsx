import { useTranslation } from 'react-i18next';
import { formatCurrencyCompact } from '../../ui';
import type { Simulation } from './use-simulation';

export type SensitivityListProps = { simulation: Simulation; stageName(id: string): string; limit?: number };

/** Which conversion rate to work on: the +1 point that adds most revenue first, in words, then the others. */
export function SensitivityList({ simulation, stageName, limit }: SensitivityListProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { currency } = simulation;
  const ranked = simulation.ranking.filter((r) => r.revenueDelta > 0);
  const amount = (v: number) => formatCurrencyCompact(v, currency, lang);
  const top = ranked[0];
  return (
    <section className="card simulator-card" aria-labelledby="sim-sensitivity-title">
      <h2 id="sim-sensitivity-title">{t('simulator.sensitivityTitle')}</h2>
      {top ? (
        <>
          <p className="simulator-answer" data-testid="sim-sensitivity-top">
            {t('simulator.sensitivityTop', { from: stageName(top.stageId), to: stageName(top.toStageId), amount: amount(top.revenueDelta) })}
          </p>
          <ol className="simulator-ranking" data-testid="sim-sensitivity">
            {ranked.slice(0, limit).map((r) => (
              <li key={r.stageId} data-stage-id={r.stageId}>
                <span>{t('simulator.sensitivityRow', { from: stageName(r.stageId), to: stageName(r.toStageId) })}</span>
                <span className="num">+{amount(r.revenueDelta)}</span>
              </li>
            ))}
          </ol>
        </>
      ) : (
        <p className="muted">{t('simulator.sensitivityNone')}</p>
      )}
    </section>
  );
}
