import { useTranslation } from 'react-i18next';
import { formatCurrency, formatCurrencyCompact, formatNumber } from '../../ui';
import type { Simulation } from './use-simulation';

export type SimulatorFiguresProps = { simulation: Simulation; large?: boolean };

/** The headline figures of the projection: a year's revenue and wins, the filled funnel's month, the sales cycle. */
export function SimulatorFigures({ simulation, large = false }: SimulatorFiguresProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { result, currency } = simulation;
  return (
    <dl className={['simulator-figures', large ? 'simulator-figures-large' : ''].filter(Boolean).join(' ')}>
      <div>
        <dt>{t('simulator.revenue12')}</dt>
        <dd data-testid="sim-revenue" data-value={Math.round(result.totalRevenue)}>
          {formatCurrency(result.totalRevenue, currency, lang, true)}
        </dd>
      </div>
      <div>
        <dt>{t('simulator.wins12')}</dt>
        <dd data-testid="sim-wins">{formatNumber(result.totalWins, lang, 1)}</dd>
      </div>
      <div>
        <dt>{t('simulator.steady')}</dt>
        <dd>
          {t('simulator.steadyValue', {
            wins: formatNumber(result.steadyState.wins, lang, 1),
            revenue: formatCurrencyCompact(result.steadyState.revenue, currency, lang),
          })}
        </dd>
      </div>
      <div>
        <dt>{t('simulator.cycle')}</dt>
        <dd>{t('simulator.cycleValue', { days: formatNumber(result.salesCycleDays, lang) })}</dd>
      </div>
    </dl>
  );
}
