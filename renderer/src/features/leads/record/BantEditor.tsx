import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { bantParts } from '@shared/index';
import type { BantRatings, Contact } from '@shared/model';
import type { EditResult } from '../../../workspace-api';
import { Button, Field, FormActions, NumberInput, useInlineForm } from '../../../ui';
import { fieldErrorsText } from '../../../i18n/field-errors';

export type BantEditorProps = { ratings: BantRatings; onSave(ratings: BantRatings): Promise<EditResult<Contact>> };

/** The four BANT ratings a person gives after talking to the lead. */
export function BantEditor({ ratings, onSave }: BantEditorProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState<Record<string, string>>(() =>
    Object.fromEntries(bantParts.map((p) => [p, ratings[p] === null ? '' : String(ratings[p])])),
  );
  const [error, setError] = useState<string | null>(null);
  const opener = useRef<HTMLButtonElement>(null);
  useInlineForm(
    open,
    () => setOpen(false),
    () => opener.current,
  );
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const next = Object.fromEntries(bantParts.map((p) => [p, draft[p] === '' ? null : Number(draft[p])])) as BantRatings;
    const result = await onSave(next);
    if (result.ok) {
      setOpen(false);
      setError(null);
    } else setError(fieldErrorsText(t, result.errors));
  };
  if (!open)
    return (
      <Button ref={opener} onClick={() => setOpen(true)}>
        {t('bantEditor.edit')}
      </Button>
    );
  return (
    <form className="bant-form" onSubmit={submit}>
      <div className="bant-grid">
        {bantParts.map((part) => (
          <Field key={part} label={t(`bantEditor.${part}`)}>
            <NumberInput
              min={0}
              max={100}
              value={draft[part] ?? ''}
              onValueChange={(value) => setDraft({ ...draft, [part]: value })}
              autoFocus={part === bantParts[0]}
            />
          </Field>
        ))}
      </div>
      <p className="muted">{t('bantEditor.hint')}</p>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
      <FormActions submitLabel={t('bantEditor.save')} onCancel={() => setOpen(false)} />
    </form>
  );
}
