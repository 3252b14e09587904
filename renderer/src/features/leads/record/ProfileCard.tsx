import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Contact } from '@shared/model';
import type { EditResult, ProfilePatch } from '../../../workspace-api';
import { Button } from '../../../ui';

const editable = ['firstName', 'lastName', 'email', 'phone', 'jobTitle', 'source'] as const;

export type ProfileCardProps = { contact: Contact; facts: { label: string; value: ReactNode }[]; onSave(patch: ProfilePatch): Promise<EditResult<Contact>> };

/** Profile facts; Edit turns the contact's own fields into inputs, validated by the contact schema on save. */
export function ProfileCard({ contact, facts, onSave }: ProfileCardProps) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const label = (field: (typeof editable)[number]) =>
    field === 'email'
      ? t('record.email')
      : field === 'phone'
        ? t('record.phone')
        : t(`profileForm.${field as 'firstName' | 'lastName' | 'jobTitle' | 'source'}`);
  const start = () => {
    setDraft(Object.fromEntries(editable.map((f) => [f, contact[f] ?? ''])));
    setErrors({});
    setEditing(true);
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await onSave(draft);
    if (result.ok) setEditing(false);
    else setErrors(Object.fromEntries(result.errors.map((e) => [e.field, t(`reason.${e.code}`, e.params ?? {})])));
  };
  return (
    <section className="record-card" aria-labelledby="profile-title">
      <div className="card-title-row">
        <h2 id="profile-title">{t('record.profile')}</h2>
        {!editing && (
          <Button variant="ghost" onClick={start}>
            {t('profileForm.edit')}
          </Button>
        )}
      </div>
      {editing ? (
        <form className="stack-form" onSubmit={submit}>
          {editable.map((field) => (
            <label key={field} className="field">
              {label(field)}
              <input
                value={draft[field] ?? ''}
                onChange={(e) => setDraft({ ...draft, [field]: e.target.value })}
                aria-invalid={errors[field] ? true : undefined}
              />
              {errors[field] && <span className="error-text">{errors[field]}</span>}
            </label>
          ))}
          <div className="row-actions">
            <Button variant="ghost" onClick={() => setEditing(false)}>
              {t('profileForm.cancel')}
            </Button>
            <Button type="submit" variant="primary">
              {t('profileForm.save')}
            </Button>
          </div>
        </form>
      ) : (
        <dl className="facts">
          {facts.map((f) => (
            <div key={f.label} className="fact">
              <dt>{f.label}</dt>
              <dd>{f.value}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
