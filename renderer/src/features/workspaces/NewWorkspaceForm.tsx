import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { designTemplates, isDesignTemplateId } from '@shared/design';
import { usePreferences } from '../../app/preferences-store';
import { useWorkspace } from '../../app/services';
import { Field, FormActions, Select, TextInput } from '../../ui';

export type NewWorkspaceFormProps = { onDone?(): void; onCancel?(): void };

/** Name + create: the empty workspace gets the default funnel design, or a template's in the user's language. */
export function NewWorkspaceForm({ onDone, onCancel }: NewWorkspaceFormProps) {
  const { t } = useTranslation();
  const language = usePreferences((s) => s.language);
  const createEmpty = useWorkspace((s) => s.createEmpty);
  const [name, setName] = useState('');
  const [saving, setSaving] = useState(false);
  const [template, setTemplate] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    await createEmpty(name.trim() || t('firstRun.defaultName'), language, isDesignTemplateId(template) ? template : undefined);
    setSaving(false);
    onDone?.();
  };
  return (
    <form onSubmit={submit}>
      <Field label={t('firstRun.workspaceName')}>
        <TextInput value={name} onValueChange={setName} placeholder={t('firstRun.defaultName')} maxLength={80} autoFocus />
      </Field>
      <Field label={t('designs.templates.startFrom')}>
        <Select
          value={template}
          onValueChange={setTemplate}
          options={[{ value: '', label: t('designs.templates.default') }, ...designTemplates.map((d) => ({ value: d.id, label: d.name[language] }))]}
        />
      </Field>
      <FormActions submitLabel={t('firstRun.create')} onCancel={onCancel} busy={saving} />
    </form>
  );
}
