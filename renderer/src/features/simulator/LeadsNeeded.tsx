import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field, NumberInput, currencyStep, formatCurrency, formatNumber } from '../../ui';
import type { Simulation } from './use-simulation';
import { useSimulatorPage } from './simulator-store';

export type LeadsNeededProps = { simulation: Simulation; editable?: boolean };

/** The simulation run backwards: new contacts a month for the revenue target, against today's volume. */
export function LeadsNeeded({ simulation, editable = true }: LeadsNeededProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const edit = useSimulatorPage((s) => s.edit);
  const { plan, leadsNeeded, currency } = simulation;
  const target = Math.round(plan.revenueTarget);
  const [typed, setTyped] = useState<{ text: string; at: number } | null>(null);
  const text = typed && typed.at === target ? typed.text : String(target);
  const now = plan.input.monthlyVolume;
  const needed = leadsNeeded === null ? null : Math.ceil(leadsNeeded);
  const gap = needed === null ? 0 : needed - Math.round(now);
  return (
    <section className="card simulator-card" aria-labelledby="sim-needed-title">
      <h2 id="sim-needed-title">{t('simulator.neededTitle')}</h2>
      {editable && (
        <Field label={t('simulator.target')} hint={currency}>
          <NumberInput
            value={text}
            min={0}
            step={currencyStep(currency)}
            onValueChange={(next) => {
              const n = Number(next);
              const accepted = next.trim() !== '' && Number.isFinite(n) && n >= 0;
              setTyped({ text: next, at: accepted ? Math.round(n) : target });
              if (accepted) edit({ target: n });
            }}
          />
        </Field>
      )}
      {needed === null ? (
        <p data-testid="sim-leads-needed">{t('simulator.neededNever')}</p>
      ) : (
        <>
          <p className="simulator-answer" data-testid="sim-leads-needed" data-value={needed}>
            {t('simulator.needed', { leads: formatNumber(needed, lang), target: formatCurrency(plan.revenueTarget, currency, lang, true) })}
          </p>
          <p className="muted">
            {t('simulator.neededNow', {
              leads: formatNumber(now, lang),
              delta: gap >= 0 ? t('simulator.neededMore', { leads: formatNumber(gap, lang) }) : t('simulator.neededFewer', { leads: formatNumber(-gap, lang) }),
            })}
          </p>
        </>
      )}
    </section>
  );
}
