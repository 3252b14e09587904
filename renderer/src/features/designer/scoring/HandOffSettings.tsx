import { useTranslation } from 'react-i18next';
import type { ScoringModel } from '@shared/model';
import { Field } from '../../../ui';
import { DraftNumber } from './DraftNumber';

export type HandOffSettingsProps = { model: ScoringModel; onChange(patch: Partial<ScoringModel>): void; error(path: string): string | undefined };

const parts = ['engagement', 'fit', 'bant'] as const;

/** What the hand-off threshold is compared against (a weighted mean of the three scores), the threshold, the ICP's weight in fit and the engagement floor. */
export function HandOffSettings({ model, onChange, error }: HandOffSettingsProps) {
  const { t } = useTranslation();
  const measure = model.handOffMeasure;
  return (
    <section className="designer-section" aria-labelledby="scoring-hand-off">
      <h3 id="scoring-hand-off">{t('designRules.scoring.handOff.title')}</h3>
      <p className="muted">{t('designRules.scoring.handOff.hint')}</p>
      <div className="field-row">
        {parts.map((part) => (
          <Field
            key={part}
            label={t(`designRules.scoring.handOff.${part}`)}
            hint={t('designRules.scoring.handOff.weightHint')}
            error={error(`handOffMeasure.${part}`)}
          >
            <DraftNumber
              name={`measure-${part}`}
              min={0}
              value={measure[part]}
              onNumberChange={(w) => onChange({ handOffMeasure: { ...measure, [part]: w ?? Number.NaN } })}
            />
          </Field>
        ))}
      </div>
      {error('handOffMeasure') && (
        <p className="error-text" role="alert">
          {error('handOffMeasure')}
        </p>
      )}
      <div className="field-row">
        <Field label={t('designRules.scoring.handOff.threshold')} hint={t('designRules.scoring.handOff.thresholdHint')} error={error('handOffThreshold')}>
          <DraftNumber
            name="handOffThreshold"
            min={0}
            max={100}
            value={model.handOffThreshold}
            onNumberChange={(v) => onChange({ handOffThreshold: v ?? Number.NaN })}
          />
        </Field>
        <Field label={t('designRules.scoring.handOff.icpWeight')} hint={t('designRules.scoring.handOff.icpWeightHint')} error={error('icpWeight')}>
          <DraftNumber
            name="icpWeight"
            min={0}
            max={100}
            value={model.icpWeight * 100}
            onNumberChange={(v) => onChange({ icpWeight: v === null ? Number.NaN : v / 100 })}
          />
        </Field>
        <Field label={t('designRules.scoring.handOff.floor')} hint={t('designRules.scoring.handOff.floorHint')} error={error('engagementFloor')}>
          <DraftNumber name="engagementFloor" nullable value={model.engagementFloor} onNumberChange={(engagementFloor) => onChange({ engagementFloor })} />
        </Field>
      </div>
    </section>
  );
}
