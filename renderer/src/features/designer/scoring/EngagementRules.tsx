import { Plus, Trash2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { activityTypes, type EngagementRule } from '@shared/model';
import { Button, Field, Select, TextInput } from '../../../ui';
import { DraftNumber } from './DraftNumber';
import { newEngagementRule, patchAt, without } from './scoring-draft';

export type EngagementRulesProps = {
  rules: EngagementRule[];
  onChange(rules: EngagementRule[]): void;
  error(path: string): string | undefined;
};

const orNull = (text: string) => (text === '' ? null : text);

/** Behaviour rules: which activity (narrowed by URL, time on page or form), how many points, once or each, cap and decay. */
export function EngagementRules({ rules, onChange, error }: EngagementRulesProps) {
  const { t } = useTranslation();
  const set = (i: number, patch: Partial<EngagementRule>) => onChange(patchAt(rules, i, patch));
  return (
    <section className="designer-section" aria-labelledby="scoring-behaviour">
      <h3 id="scoring-behaviour">{t('designRules.scoring.behaviour.title')}</h3>
      <p className="muted">{t('designRules.scoring.behaviour.hint')}</p>
      <ol className="rule-cards">
        {rules.map((rule, i) => {
          const at = (part: string) => error(`engagementRules.${i}.${part}`);
          return (
            <li key={rule.id} className="rule-card" data-rule-id={rule.id}>
              <div className="rule-card-main">
                <Field label={t('designRules.scoring.rule.label')} error={at('label')} className="grow">
                  <TextInput name="label" value={rule.label} onValueChange={(label) => set(i, { label })} />
                </Field>
                <Field label={t('designRules.scoring.rule.activity')}>
                  <Select
                    name="activityType"
                    value={rule.activityType}
                    onValueChange={(v) => set(i, { activityType: v as EngagementRule['activityType'] })}
                    options={activityTypes.map((type) => ({ value: type, label: t(`designRules.scoring.activityTypes.${type}`) }))}
                  />
                </Field>
                <Field
                  label={t('designRules.scoring.rule.points')}
                  hint={rule.points < 0 ? t('designRules.scoring.rule.negative') : undefined}
                  error={at('points')}
                >
                  <DraftNumber name="points" value={rule.points} onNumberChange={(points) => set(i, { points: points ?? Number.NaN })} />
                </Field>
                <Field label={t('designRules.scoring.rule.frequency')}>
                  <Select
                    name="frequency"
                    value={rule.frequency}
                    onValueChange={(v) => set(i, { frequency: v as EngagementRule['frequency'] })}
                    options={[
                      { value: 'each', label: t('designRules.scoring.rule.each') },
                      { value: 'once', label: t('designRules.scoring.rule.once') },
                    ]}
                  />
                </Field>
                <Button variant="ghost" aria-label={t('designRules.scoring.rule.remove', { rule: rule.label })} onClick={() => onChange(without(rules, i))}>
                  <Trash2 size={14} aria-hidden />
                </Button>
              </div>
              <div className="rule-card-details">
                <Field label={t('designRules.scoring.rule.urlContains')} hint={t('designRules.scoring.rule.optional')} error={at('urlContains')}>
                  <TextInput name="urlContains" value={rule.urlContains ?? ''} onValueChange={(v) => set(i, { urlContains: orNull(v) })} />
                </Field>
                <Field label={t('designRules.scoring.rule.minSeconds')} hint={t('designRules.scoring.rule.optional')} error={at('minSeconds')}>
                  <DraftNumber name="minSeconds" nullable min={0} value={rule.minSeconds} onNumberChange={(minSeconds) => set(i, { minSeconds })} />
                </Field>
                <Field label={t('designRules.scoring.rule.formId')} hint={t('designRules.scoring.rule.optional')} error={at('formId')}>
                  <TextInput name="formId" value={rule.formId ?? ''} onValueChange={(v) => set(i, { formId: orNull(v) })} />
                </Field>
                <Field label={t('designRules.scoring.rule.cap')} hint={t('designRules.scoring.rule.noCap')} error={at('cap')}>
                  <DraftNumber name="cap" nullable min={0} value={rule.cap} onNumberChange={(cap) => set(i, { cap })} />
                </Field>
                <Field label={t('designRules.scoring.rule.halfLife')} hint={t('designRules.scoring.rule.noDecay')} error={at('halfLifeDays')}>
                  <DraftNumber name="halfLifeDays" nullable min={0} value={rule.halfLifeDays} onNumberChange={(halfLifeDays) => set(i, { halfLifeDays })} />
                </Field>
              </div>
            </li>
          );
        })}
      </ol>
      <Button onClick={() => onChange([...rules, newEngagementRule(t('designRules.scoring.behaviour.newRule'))])}>
        <Plus size={14} aria-hidden />
        {t('designRules.scoring.behaviour.add')}
      </Button>
    </section>
  );
}
