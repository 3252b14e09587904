import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { resolveCurrentMember, useCurrentMemberChoice } from '../../app/current-member-store';
import { Button, Field, FormActions, TextInput, showToast, useInlineForm } from '../../ui';
import { useWorkspaceApi, useWorkspaceQuery } from '../../workspace-api';
import { NoteInput } from './NoteInput';

/** "Save as version…": a note (and an optional name); Escape cancels and focus goes back to the button. */
export function SaveVersionForm() {
  const { t } = useTranslation();
  const api = useWorkspaceApi();
  const team = useWorkspaceQuery((q) => q.team(), []);
  const chosen = useCurrentMemberChoice((s) => s.byWorkspace[api.id]);
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    setNote('');
    setName('');
  };
  useInlineForm(open, close, () => opener.current);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const saved = await api.actions
      .saveDesignVersion({ note, name, createdBy: resolveCurrentMember(team ?? [], chosen)?.id ?? null })
      .finally(() => setBusy(false));
    if (saved.ok) {
      showToast({ tone: 'ok', text: t('designs.save.saved', { name: saved.value.name }) });
      close();
    } else showToast({ tone: 'error', text: t('designs.save.failed') });
  };
  if (!open)
    return (
      <Button ref={opener} variant="primary" onClick={() => setOpen(true)}>
        {t('designs.save.open')}
      </Button>
    );
  return (
    <form className="designs-save-form" onSubmit={submit} aria-label={t('designs.save.title')}>
      <Field label={t('designs.save.note')} hint={t('designs.save.noteHint')}>
        <NoteInput value={note} onValueChange={setNote} maxLength={2000} rows={3} autoFocus />
      </Field>
      <Field label={t('designs.save.name')} hint={t('designs.save.nameHint')}>
        <TextInput value={name} onValueChange={setName} maxLength={120} />
      </Field>
      <FormActions submitLabel={t('designs.save.submit')} onCancel={close} busy={busy} />
    </form>
  );
}
