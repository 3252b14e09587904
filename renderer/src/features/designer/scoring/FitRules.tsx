import { Plus, Trash2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { FitRule } from '@shared/model';
import { Button, Field, TextInput } from '../../../ui';
import { ConditionEditor } from '../routing/ConditionEditor';
import { DraftNumber } from './DraftNumber';
import { newFitRule, patchAt, without } from './scoring-draft';

export type FitRulesProps = {
  rules: FitRule[];
  onChange(rules: FitRule[]): void;
  error(path: string): string | undefined;
};

/** Profile (fit) rules: a condition on any field, custom fields included, and its points (negative to penalise). */
export function FitRules({ rules, onChange, error }: FitRulesProps) {
  const { t } = useTranslation();
  const set = (i: number, patch: Partial<FitRule>) => onChange(patchAt(rules, i, patch));
  return (
    <section className="designer-section" aria-labelledby="scoring-fit">
      <h3 id="scoring-fit">{t('designRules.scoring.fit.title')}</h3>
      <p className="muted">{t('designRules.scoring.fit.hint')}</p>
      <ol className="rule-cards">
        {rules.map((rule, i) => (
          <li key={rule.id} className="rule-card" data-rule-id={rule.id}>
            <div className="rule-card-main">
              <Field label={t('designRules.scoring.rule.label')} error={error(`fitRules.${i}.label`)} className="grow">
                <TextInput name="label" value={rule.label} onValueChange={(label) => set(i, { label })} />
              </Field>
              <Field
                label={t('designRules.scoring.rule.points')}
                hint={rule.points < 0 ? t('designRules.scoring.rule.negative') : undefined}
                error={error(`fitRules.${i}.points`)}
              >
                <DraftNumber name="points" value={rule.points} onNumberChange={(points) => set(i, { points: points ?? Number.NaN })} />
              </Field>
              <Button variant="ghost" aria-label={t('designRules.scoring.rule.remove', { rule: rule.label })} onClick={() => onChange(without(rules, i))}>
                <Trash2 size={14} aria-hidden />
              </Button>
            </div>
            <ConditionEditor
              condition={rule.condition}
              onChange={(condition) => set(i, { condition })}
              error={(part) => error(`fitRules.${i}.condition.${part}`)}
            />
          </li>
        ))}
      </ol>
      <Button onClick={() => onChange([...rules, newFitRule(t('designRules.scoring.fit.newRule'))])}>
        <Plus size={14} aria-hidden />
        {t('designRules.scoring.fit.add')}
      </Button>
    </section>
  );
}
