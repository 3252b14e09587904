import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspaceApi, useWorkspaceQuery, type Duplicate, type QuickAddInput } from '../../workspace-api';
import { Button, Combobox, Dialog, Field, FormActions, TextInput } from '../../ui';
import { reasonText } from '../../i18n/field-errors';
import { contactDisplayName } from '@shared/index';

export type QuickAddDialogProps = {
  open: boolean;
  onOpenChange(open: boolean): void;
  ownerId: string | null;
  onOpenContact(id: string): void;
};

const empty: QuickAddInput = { firstName: '', lastName: '', email: '', companyName: '', jobTitle: '' };
const fields = ['firstName', 'lastName', 'email', 'companyName', 'jobTitle'] as const;
/** Korean names are written and asked family name first. */
const fieldsFor = (language: string) => (language === 'ko' ? (['lastName', 'firstName', 'email', 'companyName', 'jobTitle'] as const) : fields);

/** Name and e-mail are enough. Warns while you type when the e-mail, or the name at that company, already exists. */
export function QuickAddDialog({ open, onOpenChange, ownerId, onOpenContact }: QuickAddDialogProps) {
  const { t, i18n } = useTranslation();
  const { actions, queries } = useWorkspaceApi();
  const [input, setInput] = useState<QuickAddInput>(empty);
  const [duplicates, setDuplicates] = useState<Duplicate[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  useEffect(() => {
    let cancelled = false;
    const timer = setTimeout(() => void queries.duplicates({ probe: input }).then((found) => !cancelled && setDuplicates(found)), 150);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [queries, input]);
  const close = () => {
    setInput(empty);
    setErrors({});
    onOpenChange(false);
  };
  const [saving, setSaving] = useState(false);
  const companyNames = useWorkspaceQuery((q) => (open ? q.companyNames() : Promise.resolve([])), [open]);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    const result = await actions.quickAdd({ contact: input, ownerId }).finally(() => setSaving(false));
    if (!result.ok) {
      setErrors(Object.fromEntries(result.errors.map((e) => [e.field, reasonText(t, e)])));
      return;
    }
    close();
    onOpenContact(result.value.id);
  };
  const mergeInto = async (duplicate: Duplicate) => {
    const c = duplicate.contact;
    // Only fill what the existing contact lacks: nothing it already knows is overwritten.
    await actions.updateProfile({
      contactId: c.id,
      patch: { ...(c.email ? {} : { email: input.email }), ...(c.jobTitle ? {} : { jobTitle: input.jobTitle }) },
    });
    close();
    onOpenContact(c.id);
  };
  const label = {
    firstName: t('quickAdd.firstName'),
    lastName: t('quickAdd.lastName'),
    email: t('quickAdd.email'),
    companyName: t('quickAdd.company'),
    jobTitle: t('quickAdd.jobTitle'),
  };
  return (
    <Dialog open={open} onOpenChange={(next) => (next ? onOpenChange(true) : close())} title={t('quickAdd.title')}>
      <form className="stack-form" onSubmit={submit}>
        {fieldsFor(i18n.language).map((field, i) => (
          <Field key={field} label={label[field]} error={errors[field]}>
            {field === 'companyName' ? (
              <Combobox
                value={input.companyName}
                onValueChange={(companyName) => setInput({ ...input, companyName })}
                options={companyNames ?? []}
                maxLength={200}
              />
            ) : (
              <TextInput
                value={input[field]}
                onValueChange={(value) => setInput({ ...input, [field]: value })}
                autoFocus={i === 0}
                maxLength={field === 'email' ? 320 : 200}
                type={field === 'email' ? 'email' : 'text'}
              />
            )}
          </Field>
        ))}
        {duplicates.length > 0 && (
          <div className="refusal" role="alert">
            <p>{t('quickAdd.duplicates')}</p>
            <ul className="duplicate-list">
              {duplicates.map((d) => (
                <li key={d.contact.id}>
                  <span>
                    {contactDisplayName(d.contact)}
                    {d.companyName && ` · ${d.companyName}`}
                    <span className="muted"> ({d.reason === 'email' ? t('quickAdd.sameEmail') : t('quickAdd.sameName')})</span>
                  </span>
                  <span className="row-actions inline">
                    <Button
                      onClick={() => {
                        close();
                        onOpenContact(d.contact.id);
                      }}
                    >
                      {t('quickAdd.openExisting')}
                    </Button>
                    <Button onClick={() => void mergeInto(d)}>{t('quickAdd.mergeExisting')}</Button>
                  </span>
                </li>
              ))}
            </ul>
          </div>
        )}
        <FormActions submitLabel={t('quickAdd.save')} onCancel={close} busy={saving} />
      </form>
    </Dialog>
  );
}
