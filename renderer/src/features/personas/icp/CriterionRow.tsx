import { Trash2 } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CUSTOM_FIELD_PREFIX, criterionFor, icpFields, icpOperatorsFor } from '@shared/index';
import type { IcpCriterion } from '@shared/model';
import { Button, Field, Select, TextInput, formatPercent } from '../../../ui';
import { icpFieldLabel } from './icp-draft';
import { WeightInput } from './WeightInput';

export type CriterionRowProps = {
  index: number;
  criterion: IcpCriterion;
  share: number;
  /** How many companies and contacts this criterion matches on its own (from the preview). */
  matches: { companies: number; contacts: number } | null;
  onChange(criterion: IcpCriterion): void;
  onRemove(): void;
  error(path: string): string | undefined;
};

const CUSTOM = '__custom';
const splitValues = (text: string) => text.split(/[,，、]/).map((v) => v.trim());

/** One ICP criterion: field, operator, values or range, weight and its share of the fit. */
export function CriterionRow({ index, criterion, share, matches, onChange, onRemove, error }: CriterionRowProps) {
  const { t, i18n } = useTranslation();
  const custom = criterion.field.startsWith(CUSTOM_FIELD_PREFIX);
  const [valuesText, setValuesText] = useState(criterion.kind === 'range' ? '' : criterion.values.join(', '));
  const at = (field: string) => error(`criteria.${index}.${field}`);
  const fieldLabel = icpFieldLabel(t, criterion.field);
  const operators = icpOperatorsFor(criterion.field);
  const label = t('personas.icp.criterionLabel', { n: index + 1, field: fieldLabel });
  return (
    <li className="icp-criterion" data-testid={`icp-criterion-${index}`} aria-label={label}>
      <div className="icp-criterion-main">
        <div className="icp-criterion-col">
          <Field label={t('personas.icp.field')} error={at('field')}>
            <Select
              name={`icp-field-${index}`}
              value={custom ? CUSTOM : criterion.field}
              onValueChange={(v) => onChange(criterionFor(v === CUSTOM ? CUSTOM_FIELD_PREFIX : v, criterion))}
              options={[
                ...icpFields.map((f) => ({ value: f.field, label: t(`personas.icp.fields.${f.field}`) })),
                { value: CUSTOM, label: t('personas.icp.fields.custom') },
              ]}
            />
          </Field>
          {custom && (
            <Field label={t('personas.icp.customField')}>
              <TextInput
                name={`icp-custom-${index}`}
                value={criterion.field.slice(CUSTOM_FIELD_PREFIX.length)}
                onValueChange={(v) => onChange({ ...criterion, field: `${CUSTOM_FIELD_PREFIX}${v.trim()}` })}
              />
            </Field>
          )}
        </div>
        <Field label={t('personas.icp.operator')}>
          <Select
            name={`icp-operator-${index}`}
            value={criterion.kind}
            disabled={operators.length < 2}
            onValueChange={(v) => onChange(criterionFor(criterion.field, criterion, v as IcpCriterion['kind']))}
            options={(operators.length ? operators : [criterion.kind]).map((k) => ({ value: k, label: t(`personas.icp.operators.${k}`) }))}
          />
        </Field>
        <div className="icp-criterion-col icp-criterion-values">
          {criterion.kind === 'range' ? (
            <>
              <Field label={t('personas.icp.min')} error={at('min')}>
                <WeightInput name={`icp-min-${index}`} nullable value={criterion.min} onNumberChange={(min) => onChange({ ...criterion, min })} />
              </Field>
              <Field label={t('personas.icp.max')}>
                <WeightInput name={`icp-max-${index}`} nullable value={criterion.max} onNumberChange={(max) => onChange({ ...criterion, max })} />
              </Field>
            </>
          ) : (
            <Field label={t('personas.icp.values')} hint={t('personas.icp.valuesHint')} error={at('values')} className="grow">
              <TextInput
                name={`icp-values-${index}`}
                value={valuesText}
                onValueChange={(v) => {
                  setValuesText(v);
                  onChange({ ...criterion, values: splitValues(v) });
                }}
              />
            </Field>
          )}
        </div>
        <Field label={t('personas.icp.weight')} hint={t('personas.icp.share', { share: formatPercent(share, i18n.language) })} error={at('weight')}>
          <WeightInput
            name={`icp-weight-${index}`}
            min={0}
            max={100}
            value={criterion.weight}
            onNumberChange={(w) => onChange({ ...criterion, weight: w ?? Number.NaN })}
          />
        </Field>
        <Button variant="ghost" className="icon-button" aria-label={t('personas.icp.remove', { criterion: label })} onClick={onRemove}>
          <Trash2 size={14} aria-hidden />
        </Button>
      </div>
      {matches && (
        <p className="muted icp-criterion-matches">
          {t('personas.icp.matches', { companies: matches.companies.toLocaleString(i18n.language), contacts: matches.contacts.toLocaleString(i18n.language) })}
        </p>
      )}
    </li>
  );
}
