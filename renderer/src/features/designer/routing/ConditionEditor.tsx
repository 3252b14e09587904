import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { routingFactFields } from '@shared/index';
import type { FieldCondition } from '@shared/model';
import { Field, Select, TextInput } from '../../../ui';
import { DraftNumber } from '../scoring/DraftNumber';
import { fieldLabel } from './field-label';

export const conditionOps = [
  'equals',
  'not_equals',
  'contains',
  'in_list',
  'any_word',
  'range',
  'is_empty',
  'not_empty',
  'regex',
] as const satisfies readonly FieldCondition['op'][];

/** Fields most rules use; any other path (custom fields: `customFields.plan`) can be typed. */
export const commonConditionFields = [
  'jobTitle',
  'source',
  'tags',
  'phone',
  'company.industry',
  'company.employeeCount',
  'company.annualRevenue',
  'company.country',
  'company.region',
  'company.technologies',
] as const;

const numericFields = new Set<string>(['company.employeeCount', 'company.annualRevenue', ...routingFactFields]);

/** The same field with the operator's own value: switching operator keeps the field, not a value of the wrong shape. */
export function withOp(condition: FieldCondition, op: FieldCondition['op']): FieldCondition {
  const field = condition.field;
  const words = 'values' in condition ? condition.values : 'value' in condition && condition.value !== '' ? [String(condition.value)] : [];
  switch (op) {
    case 'equals':
    case 'not_equals':
      return { op, field, value: 'value' in condition ? condition.value : (words[0] ?? '') };
    case 'contains':
      return { op, field, value: words[0] ?? '' };
    case 'in_list':
    case 'any_word':
      return { op, field, values: words.length > 0 ? words : [''] };
    case 'range':
      return { op, field, min: condition.op === 'range' ? condition.min : 0, max: condition.op === 'range' ? condition.max : null };
    case 'regex':
      return { op, field, pattern: condition.op === 'regex' ? condition.pattern : (words[0] ?? '') };
    case 'is_empty':
    case 'not_empty':
      return { op, field };
  }
}

const listText = (values: readonly string[]) => values.join(', ');
const listOf = (text: string) => text.split(',').map((v) => v.trim());

/** Comma-separated words, kept as typed (a space before the next word survives) while the draft gets the trimmed list. */
function ListInput({ values, onValues }: { values: readonly string[]; onValues(values: string[]): void }) {
  const [typed, setTyped] = useState(() => listText(values));
  const [seen, setSeen] = useState(values);
  if (seen !== values) {
    setSeen(values);
    if (listText(listOf(typed)) !== listText(values)) setTyped(listText(values));
  }
  return (
    <TextInput
      value={typed}
      onValueChange={(text) => {
        setTyped(text);
        onValues(listOf(text));
      }}
    />
  );
}

export type ConditionEditorProps = {
  condition: FieldCondition;
  onChange(next: FieldCondition): void;
  /** Problem text for `field`, `value`, `values`, `min`, `max` or `pattern` of this condition. */
  error(part: string): string | undefined;
  /** Routing conditions may also use derived facts (score.handOff, deal.amount…). */
  facts?: boolean;
};

/** One field condition: field, operator and the value(s) that operator takes, each with its own error. */
export function ConditionEditor({ condition, onChange, error, facts = false }: ConditionEditorProps) {
  const { t } = useTranslation();
  const listId = useId();
  const fields = facts ? [...commonConditionFields, ...routingFactFields] : commonConditionFields;
  const setValue = (text: string) => {
    if (condition.op !== 'equals' && condition.op !== 'not_equals') return;
    const n = Number(text);
    onChange({ ...condition, value: numericFields.has(condition.field) && text.trim() !== '' && Number.isFinite(n) ? n : text });
  };
  return (
    <div className="condition-editor">
      <Field label={t('designRules.condition.field')} hint={fieldLabel(t, condition.field)} error={error('field')}>
        <TextInput list={listId} value={condition.field} onValueChange={(field) => onChange({ ...condition, field })} />
      </Field>
      <datalist id={listId}>
        {fields.map((f) => (
          <option key={f} value={f}>
            {fieldLabel(t, f)}
          </option>
        ))}
      </datalist>
      <Field label={t('designRules.condition.op')}>
        <Select
          value={condition.op}
          onValueChange={(op) => onChange(withOp(condition, op as FieldCondition['op']))}
          options={conditionOps.map((op) => ({ value: op, label: t(`designRules.ops.${op}`) }))}
        />
      </Field>
      {(condition.op === 'equals' || condition.op === 'not_equals' || condition.op === 'contains') && (
        <Field label={t('designRules.condition.value')} error={error('value')}>
          <TextInput
            value={String(condition.value)}
            onValueChange={(v) => (condition.op === 'contains' ? onChange({ ...condition, value: v }) : setValue(v))}
          />
        </Field>
      )}
      {(condition.op === 'in_list' || condition.op === 'any_word') && (
        <Field label={t('designRules.condition.values')} hint={t('designRules.condition.valuesHint')} error={error('values')}>
          <ListInput values={condition.values} onValues={(values) => onChange({ ...condition, values })} />
        </Field>
      )}
      {condition.op === 'range' && (
        <>
          <Field label={t('designRules.condition.min')} hint={t('designRules.condition.openEnd')} error={error('min')}>
            <DraftNumber nullable value={condition.min} onNumberChange={(min) => onChange({ ...condition, min })} />
          </Field>
          <Field label={t('designRules.condition.max')} hint={t('designRules.condition.openEnd')} error={error('max')}>
            <DraftNumber nullable value={condition.max} onNumberChange={(max) => onChange({ ...condition, max })} />
          </Field>
        </>
      )}
      {condition.op === 'regex' && (
        <Field label={t('designRules.condition.pattern')} error={error('pattern')}>
          <TextInput value={condition.pattern} onValueChange={(pattern) => onChange({ ...condition, pattern })} />
        </Field>
      )}
    </div>
  );
}
