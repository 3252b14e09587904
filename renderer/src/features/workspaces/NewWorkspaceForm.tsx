import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { usePreferences } from '../../app/preferences-store';
import { useWorkspace } from '../../app/services';
import { Button } from '../../ui';

export type NewWorkspaceFormProps = { onDone?(): void; onCancel?(): void };

/** Name + create: the empty workspace gets the default funnel design. */
export function NewWorkspaceForm({ onDone, onCancel }: NewWorkspaceFormProps) {
  const { t } = useTranslation();
  const language = usePreferences((s) => s.language);
  const createEmpty = useWorkspace((s) => s.createEmpty);
  const [name, setName] = useState('');
  const [saving, setSaving] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    await createEmpty(name.trim() || t('firstRun.defaultName'), language);
    setSaving(false);
    onDone?.();
  };
  return (
    <form onSubmit={submit}>
      <label className="field">
        {t('firstRun.workspaceName')}
        <input value={name} onChange={(e) => setName(e.target.value)} placeholder={t('firstRun.defaultName')} maxLength={80} autoFocus />
      </label>
      <div className="row-actions">
        {onCancel && (
          <Button variant="ghost" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        )}
        <Button type="submit" variant="primary" disabled={saving}>
          {t('firstRun.create')}
        </Button>
      </div>
    </form>
  );
}
