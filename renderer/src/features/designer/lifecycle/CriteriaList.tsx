import { X } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { activityTypes, stageCriterionSchema, type StageCriterion } from '@shared/model';
import { Field, Select } from '../../../ui';
import { ConditionEditor } from '../routing/ConditionEditor';
import { DraftNumber } from '../scoring/DraftNumber';
import { criterionText } from './design-words';

/** The criterion catalogue (shared's schema), in its order. */
const kinds = stageCriterionSchema.options.map((o) => o.shape.kind.value);

/** A new criterion of a kind, with values a team would start from. */
function blank(kind: StageCriterion['kind']): StageCriterion {
  switch (kind) {
    case 'icp_fit_at_least':
      return { kind, min: null };
    case 'engagement_at_least':
    case 'bant_at_least':
      return { kind, min: 50 };
    case 'field':
      return { kind, condition: { op: 'not_empty', field: 'jobTitle' } };
    case 'activity_present':
      return { kind, activityTypes: ['meeting_booked'] };
    default:
      return { kind } as StageCriterion;
  }
}

export type CriteriaListProps = { label: string; hint?: string; criteria: readonly StageCriterion[]; onChange(next: StageCriterion[]): void };

/** Entry or exit criteria of a stage: each from the catalogue, with its values, removable; one more added from the list. */
export function CriteriaList({ label, hint, criteria, onChange }: CriteriaListProps) {
  const { t } = useTranslation();
  const replace = (i: number, next: StageCriterion) => onChange(criteria.map((c, j) => (j === i ? next : c)));
  return (
    <fieldset className="criteria-list">
      <legend>{label}</legend>
      {hint && <p className="muted field-hint">{hint}</p>}
      {criteria.length === 0 && <p className="muted">{t('designer.editor.noCriteria')}</p>}
      <ol>
        {criteria.map((c, i) => (
          <li key={i} className="criterion-row">
            <div className="criterion-head">
              <span>{t(`designer.criterion.kind.${c.kind}`)}</span>
              <button
                type="button"
                className="icon-button"
                aria-label={t('designer.editor.removeCriterion', { criterion: criterionText(t, c) })}
                onClick={() => onChange(criteria.filter((_, j) => j !== i))}
              >
                <X size={14} aria-hidden />
              </button>
            </div>
            {(c.kind === 'engagement_at_least' || c.kind === 'bant_at_least' || c.kind === 'icp_fit_at_least') && (
              <Field label={t('designer.criterion.min')} hint={c.kind === 'icp_fit_at_least' ? t('designer.criterion.icpMinHint') : undefined}>
                <DraftNumber
                  nullable={c.kind === 'icp_fit_at_least'}
                  min={c.kind === 'engagement_at_least' ? undefined : 0}
                  max={c.kind === 'engagement_at_least' ? undefined : 100}
                  value={c.min}
                  onNumberChange={(min) => replace(i, { ...c, min } as StageCriterion)}
                />
              </Field>
            )}
            {c.kind === 'activity_present' && (
              <fieldset className="activity-types">
                <legend>{t('designer.criterion.types')}</legend>
                {activityTypes.map((type) => (
                  <label key={type}>
                    <input
                      type="checkbox"
                      checked={c.activityTypes.includes(type)}
                      onChange={(e) => {
                        const next = e.target.checked ? [...c.activityTypes, type] : c.activityTypes.filter((a) => a !== type);
                        if (next.length > 0) replace(i, { ...c, activityTypes: next });
                      }}
                    />
                    {t(`activity.${type}`, { url: '…' })}
                  </label>
                ))}
              </fieldset>
            )}
            {c.kind === 'field' && (
              <ConditionEditor condition={c.condition} onChange={(condition) => replace(i, { ...c, condition })} error={() => undefined} />
            )}
          </li>
        ))}
      </ol>
      <Select
        aria-label={`${label}: ${t('designer.editor.addCriterion')}`}
        value=""
        placeholder={t('designer.editor.addCriterion')}
        onValueChange={(kind) => kind && onChange([...criteria, blank(kind as StageCriterion['kind'])])}
        options={kinds.map((k) => ({ value: k, label: t(`designer.criterion.kind.${k}`) }))}
      />
    </fieldset>
  );
}
