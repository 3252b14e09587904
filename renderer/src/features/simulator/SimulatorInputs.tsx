import { useTranslation } from 'react-i18next';
import { currencyStep, formatCurrency, formatNumber, formatPercent } from '../../ui';
import type { Simulation } from './use-simulation';
import { SliderField } from './SliderField';
import { useSimulatorPage } from './simulator-store';

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;
/** A slider's top: room to double the figure, at least `floor`, in round figures. */
const topOf = (value: number, floor: number) => {
  const top = Math.max(floor, value * 2);
  const unit = 10 ** Math.max(0, Math.floor(Math.log10(top)) - 1);
  return Math.ceil(top / unit) * unit;
};

export type SimulatorInputsProps = { simulation: Simulation; stageName(id: string): string };

/** Every input of the simulation as a slider with its number: volume, deal size, and each stage's rate and days. */
export function SimulatorInputs({ simulation, stageName }: SimulatorInputsProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { edit, setRate, setDays } = useSimulatorPage();
  const { plan, start, currency } = simulation;
  const { stages } = plan.input;
  return (
    <section className="simulator-inputs card" aria-labelledby="simulator-inputs-title">
      <h2 id="simulator-inputs-title">{t('simulator.inputs')}</h2>
      <SliderField
        testId="sim-volume"
        label={t('simulator.volume')}
        valueText={formatNumber(plan.input.monthlyVolume, lang)}
        value={Math.round(plan.input.monthlyVolume)}
        min={0}
        max={topOf(start.input.monthlyVolume, 100)}
        step={1}
        inputMax={10_000_000}
        onChange={(volume) => edit({ volume })}
      />
      <SliderField
        testId="sim-deal"
        label={t('simulator.dealValue')}
        valueText={formatCurrency(plan.input.averageDealValue, currency, lang, true)}
        value={Math.round(plan.input.averageDealValue)}
        min={0}
        max={topOf(start.input.averageDealValue, 100)}
        step={Math.max(1, 10 ** Math.floor(Math.log10(Math.max(1, start.input.averageDealValue)) - 2))}
        inputStep={currencyStep(currency)}
        inputMax={1e15}
        unit={currency}
        onChange={(dealValue) => edit({ dealValue })}
      />
      <ol className="simulator-stages">
        {stages.slice(0, -1).map((stage, i) => (
          <li key={stage.id} data-stage-id={stage.id} aria-labelledby={`sim-stage-${stage.id}`}>
            <h3 id={`sim-stage-${stage.id}`}>{stageName(stage.id)}</h3>
            <div className="simulator-stage-inputs">
              <SliderField
                testId={`sim-rate-${stage.id}`}
                label={t('simulator.rate', { from: stageName(stage.id), to: stageName(stages[i + 1]!.id) })}
                valueText={formatPercent(stage.conversionRate, lang)}
                value={round(stage.conversionRate * 100, 1)}
                min={0}
                max={100}
                step={0.5}
                inputStep="any"
                unit={t('simulator.percentUnit')}
                onChange={(percent) => setRate(stage.id, percent / 100)}
              />
              <SliderField
                testId={`sim-days-${stage.id}`}
                label={t('simulator.days', { stage: stageName(stage.id) })}
                valueText={t('simulator.cycleValue', { days: formatNumber(stage.avgDays, lang, 1) })}
                value={round(stage.avgDays, 1)}
                min={0}
                max={topOf(start.input.stages[i]?.avgDays ?? stage.avgDays, 60)}
                step={1}
                inputStep="any"
                inputMax={3650}
                unit={t('simulator.daysUnit')}
                onChange={(days) => setDays(stage.id, days)}
              />
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
