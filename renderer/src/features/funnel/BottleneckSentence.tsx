import { useTranslation } from 'react-i18next';
import { BOTTLENECK_MIN_ENTERED, type FunnelReport, type FunnelSelector } from '@shared/index';
import { formatNumber, formatPercent } from '../../ui';
import { DrillButton } from './figures';

export type BottleneckSentenceProps = {
  report: FunnelReport;
  stageName(id: string): string;
  slaHours: number | null;
  onDrill(selector: FunnelSelector): void;
};

/**
 * The bottleneck in words: "MQL → SAL/SQL converts 18 % (last period 31 %); 42 MQLs waited longer than the 24 h SLA."
 * The step is the weakest one enough contacts entered (shared `funnelBottleneck`); the comparison only adds its previous rate.
 */
export function BottleneckSentence({ report, stageName, slaHours, onDrill }: BottleneckSentenceProps) {
  const { t, i18n } = useTranslation();
  const b = report.bottleneck;
  const pct = (v: number) => formatPercent(v, i18n.language);
  const hand = report.handOff;
  // Contacts moved, yet no step had the minimum sample: say so, rather than that nothing happened.
  const tooFew = b === null && report.conversions.some((c) => c.adjacent && c.entered > 0);
  return (
    <p className="funnel-bottleneck" role="status" data-testid="funnel-bottleneck">
      {b === null ? (
        tooFew ? (
          t('demo11.bottleneckTooFew', { min: formatNumber(BOTTLENECK_MIN_ENTERED, i18n.language) })
        ) : (
          t('funnel.noBottleneck')
        )
      ) : (
        <>
          <strong>{t('funnel.bottleneck')}</strong>{' '}
          {b.baselineRate === null
            ? t('funnel.bottleneckRate', { step: `${stageName(b.from)} → ${stageName(b.to)}`, rate: pct(b.rate) })
            : t('funnel.bottleneckVs', { step: `${stageName(b.from)} → ${stageName(b.to)}`, rate: pct(b.rate), before: pct(b.baselineRate) })}
        </>
      )}
      {hand && hand.breached > 0 && slaHours !== null && (
        <>
          {' '}
          {/* Its words are its name: a sentence that opens the hand-offs it counts. */}
          <DrillButton onClick={() => onDrill({ kind: 'hand_off', period: 'current', part: 'breached' })}>
            {t('funnel.slaBreached', {
              count: hand.breached,
              formattedCount: formatNumber(hand.breached, i18n.language),
              stage: stageName(hand.stageId),
              hours: slaHours,
            })}
          </DrillButton>
        </>
      )}
    </p>
  );
}
