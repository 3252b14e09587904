import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnmetCriterion } from '@shared/index';
import type { Persona } from '@shared/model';
import { useWorkspaceApi, type AlmostQualifiedFix as Fix } from '../../workspace-api';
import { Select, TextInput } from '../../ui';
import { describeUnmet } from './describe-unmet';
import { fieldErrorsText, fieldName } from '../../i18n/field-errors';

export type AlmostQualifiedFixProps = { contactId: string; missing: UnmetCriterion; personas: Persona[]; onDone(message: string): void };

const fillableFields = ['phone', 'jobTitle', 'email', 'source'];

/** The one missing item of an almost-qualified lead, fixable right in the row; a fix that completes the criteria hands the lead off. */
export function AlmostQualifiedFix({ contactId, missing, personas, onDone }: AlmostQualifiedFixProps) {
  const { actions } = useWorkspaceApi();
  const { t } = useTranslation();
  const [value, setValue] = useState('');
  const label = describeUnmet(t, missing);
  const run = async (fix: Fix) => {
    const result = await actions.fixAlmostQualified({ contactId, fix });
    if (!result.ok) onDone(fieldErrorsText(t, result.errors));
    else onDone(result.value.applied.length > 0 ? t('almost.handedOff') : t('almost.saved'));
  };
  const stop = { onClick: (e: React.MouseEvent) => e.stopPropagation(), onKeyDown: (e: React.KeyboardEvent) => e.stopPropagation() };
  if (missing.item === 'consent')
    return (
      <span className="aq-fix" {...stop}>
        <span className="badge badge-warning">{label}</span>
        <button type="button" className="link-button" onClick={() => void run({ kind: 'consent', source: 'manual' })}>
          {t('almost.recordConsent')}
        </button>
      </span>
    );
  if (missing.item === 'persona')
    return (
      <span className="aq-fix" {...stop}>
        <span className="badge badge-warning">{label}</span>
        <Select
          aria-label={t('almost.choosePersona')}
          value=""
          onValueChange={(personaId) => personaId && void run({ kind: 'persona', personaId })}
          placeholder={t('almost.choosePersona')}
          options={personas.map((p) => ({ value: p.id, label: p.name }))}
        />
      </span>
    );
  if (fillableFields.includes(missing.item) || missing.item.startsWith('customFields.'))
    return (
      <span className="aq-fix" {...stop}>
        <span className="badge badge-warning">{label}</span>
        <TextInput
          value={value}
          onValueChange={setValue}
          onKeyDown={(e) => {
            e.stopPropagation();
            if (e.key === 'Enter' && value.trim()) void run({ kind: 'field', field: missing.item, value });
          }}
          placeholder={t('almost.fillIn', { field: fieldName(t, missing.item) })}
          aria-label={t('almost.fillIn', { field: fieldName(t, missing.item) })}
        />
      </span>
    );
  return <span className="badge badge-warning">{label}</span>;
}
