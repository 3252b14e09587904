import { useTranslation } from 'react-i18next';
import { bantParts, bantShares } from '@shared/index';
import type { BantWeights as Weights } from '@shared/model';
import { Field, formatNumber, formatPercent } from '../../../ui';
import { DraftNumber } from './DraftNumber';

export type BantWeightsProps = { weights: Weights; onChange(weights: Weights): void; error(path: string): string | undefined };

/** The four BANT weights, their shares as a bar and the total, which must be 100 %. */
export function BantWeights({ weights, onChange, error }: BantWeightsProps) {
  const { t, i18n } = useTranslation();
  const { total, shares } = bantShares(weights);
  const totalError = error('bantWeights');
  return (
    <section className="designer-section" aria-labelledby="scoring-bant">
      <h3 id="scoring-bant">{t('designRules.scoring.bant.title')}</h3>
      <p className="muted">{t('designRules.scoring.bant.hint')}</p>
      <div className="bant-weights">
        {bantParts.map((part) => (
          <Field
            key={part}
            label={t(`field.bant_${part}`)}
            hint={t('designRules.scoring.bant.share', { share: formatPercent(shares[part], i18n.language) })}
            error={error(`bantWeights.${part}`)}
          >
            <DraftNumber
              name={`bant-${part}`}
              min={0}
              max={100}
              value={weights[part]}
              onNumberChange={(w) => onChange({ ...weights, [part]: w ?? Number.NaN })}
            />
          </Field>
        ))}
      </div>
      <div className="bant-share-bar" aria-hidden>
        {bantParts.map((part) => (
          <span key={part} className={`bant-share bant-share-${part}`} style={{ flexGrow: Math.max(0, shares[part]) }} title={t(`field.bant_${part}`)} />
        ))}
      </div>
      <p className={totalError ? 'error-text' : 'muted'} data-testid="bant-total" role={totalError ? 'alert' : undefined}>
        {totalError ?? t('designRules.scoring.bant.total', { total: formatNumber(total, i18n.language, 2) })}
      </p>
    </section>
  );
}
