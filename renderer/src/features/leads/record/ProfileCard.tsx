import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Contact } from '@shared/model';
import type { EditResult, ProfilePatch } from '../../../workspace-api';
import { reasonText } from '../../../i18n/field-errors';
import { Button, Field, FormActions, TextInput, useInlineForm } from '../../../ui';

const editable = ['firstName', 'lastName', 'email', 'phone', 'jobTitle', 'source'] as const;
/** Korean names are written and asked family name first. */
const editableFor = (language: string) => (language === 'ko' ? (['lastName', 'firstName', 'email', 'phone', 'jobTitle', 'source'] as const) : editable);

export type ProfileCardProps = {
  contact: Contact;
  facts: { label: string; value: ReactNode }[];
  /** `patch`: the fields the user changed; `base`: what they were when editing began (another window may have changed them since). */
  onSave(patch: ProfilePatch, base: ProfilePatch): Promise<EditResult<Contact>>;
};

type Conflict = { field: (typeof editable)[number]; theirs: string };

/** Profile facts; Edit turns the contact's own fields into inputs, validated by the contact schema on save. */
export function ProfileCard({ contact, facts, onSave }: ProfileCardProps) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [base, setBase] = useState<Record<string, string>>({});
  const [conflicts, setConflicts] = useState<Conflict[]>([]);
  const opener = useRef<HTMLButtonElement>(null);
  useInlineForm(
    editing,
    () => setEditing(false),
    () => opener.current,
  );
  const label = (field: (typeof editable)[number]) =>
    field === 'email'
      ? t('record.email')
      : field === 'phone'
        ? t('record.phone')
        : t(`profileForm.${field as 'firstName' | 'lastName' | 'jobTitle' | 'source'}`);
  const start = () => {
    const values = Object.fromEntries(editable.map((f) => [f, contact[f] ?? '']));
    setDraft(values);
    setBase(values);
    setErrors({});
    setConflicts([]);
    setEditing(true);
  };
  const save = async (values: Record<string, string>, from: Record<string, string>) => {
    // Only what the user changed is sent: a field left alone never overwrites a change made elsewhere.
    const changed = Object.fromEntries(editable.filter((f) => values[f] !== from[f]).map((f) => [f, values[f]]));
    if (Object.keys(changed).length === 0) return setEditing(false);
    const result = await onSave(changed, from);
    if (result.ok) return setEditing(false);
    setConflicts(
      result.errors.filter((e) => e.code === 'edit_conflict').map((e) => ({ field: e.field as Conflict['field'], theirs: String(e.params?.['theirs'] ?? '') })),
    );
    setErrors(Object.fromEntries(result.errors.map((e) => [e.field, reasonText(t, e)])));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save(draft, base);
  };
  /** Keep theirs: the field takes the other window's value. Use mine: the next save overrides it, knowingly. */
  const resolve = (conflict: Conflict, keep: 'theirs' | 'mine') => {
    const nextBase = { ...base, [conflict.field]: conflict.theirs };
    const nextDraft = keep === 'theirs' ? { ...draft, [conflict.field]: conflict.theirs } : draft;
    setBase(nextBase);
    setDraft(nextDraft);
    setConflicts(conflicts.filter((c) => c.field !== conflict.field));
    setErrors(Object.fromEntries(Object.entries(errors).filter(([field]) => field !== conflict.field)));
    // The choice is the decision: save at once (the other fields' changes with it), unless another conflict waits.
    if (conflicts.length === 1) void save(nextDraft, nextBase);
  };
  return (
    <section className="record-card" aria-labelledby="profile-title">
      <div className="card-title-row">
        <h2 id="profile-title">{t('record.profile')}</h2>
        {!editing && (
          <Button variant="ghost" onClick={start} ref={opener}>
            {t('profileForm.edit')}
          </Button>
        )}
      </div>
      {editing ? (
        <form className="stack-form" onSubmit={submit}>
          {editableFor(i18n.language).map((field) => (
            <Field key={field} label={label(field)} error={errors[field]}>
              <TextInput
                value={draft[field] ?? ''}
                onValueChange={(value) => setDraft({ ...draft, [field]: value })}
                maxLength={field === 'email' ? 320 : 200}
                autoFocus={field === editableFor(i18n.language)[0]}
              />
              {conflicts
                .filter((c) => c.field === field)
                .map((c) => (
                  <span key={c.field} className="row-actions conflict-actions">
                    <Button variant="ghost" onClick={() => resolve(c, 'theirs')}>
                      {t('profileForm.keepTheirs')}
                    </Button>
                    <Button onClick={() => resolve(c, 'mine')}>{t('profileForm.useMine')}</Button>
                  </span>
                ))}
            </Field>
          ))}
          <FormActions submitLabel={t('profileForm.save')} cancelLabel={t('profileForm.cancel')} onCancel={() => setEditing(false)} />
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
