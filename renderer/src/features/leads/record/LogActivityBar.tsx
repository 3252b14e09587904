import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { activityTypes, type ActivityType } from '@shared/model';
import type { EditResult, LoggedActivity } from '../../../workspace-api';
import { Button, Field, FormActions, Select, TextInput, useFocusReturn, useHotkey } from '../../../ui';
import { fieldErrorsText } from '../../../i18n/field-errors';
import { RecordMessage, useRecordNote } from './RecordMessage';
import { fellShort } from './fell-short';

type Mode = 'call_logged' | 'email_logged' | 'meeting_booked' | 'note_added' | 'behaviour';
const shortcuts: Record<string, Mode> = { c: 'call_logged', e: 'email_logged', m: 'meeting_booked', n: 'note_added', b: 'behaviour' };
const behaviourTypes = activityTypes.filter((t) => !['call_logged', 'email_logged', 'note_added', 'meeting_booked'].includes(t));

export type LogActivityBarProps = {
  onLog(input: { type: ActivityType; url?: string | null; note?: string }): Promise<EditResult<LoggedActivity>>;
  describeActions(result: LoggedActivity): string;
  /** The contact's `updatedAt`: a later change retires this card's message. */
  version: number;
};

/** Log a call, e-mail, meeting, note or a behaviour event in a few keys: C, E, M, N, B, type, Enter. */
export function LogActivityBar({ onLog, describeActions, version }: LogActivityBarProps) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<Mode | null>(null);
  const [note, setNote] = useState('');
  const [type, setType] = useState<ActivityType>('page_visited');
  const [url, setUrl] = useState('');
  const { note: message, say } = useRecordNote(version);
  const input = useRef<HTMLInputElement>(null);
  useHotkey(Object.keys(shortcuts), (event) => setMode(shortcuts[event.key.toLowerCase()] ?? null));
  // Escape inside the form closes the form, not the record around it.
  useHotkey('escape', () => setMode(null), { enabled: mode !== null, inInputs: true });
  useFocusReturn(mode !== null);
  useEffect(() => {
    if (mode) input.current?.focus();
  }, [mode]);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!mode) return;
    const result = await onLog(mode === 'behaviour' ? { type, url: url || null } : { type: mode, note });
    if (!result.ok) {
      say(fieldErrorsText(t, result.errors), 'warn');
      return;
    }
    say(
      result.value.trigger === 'crossing'
        ? t('log.crossed', { actions: describeActions(result.value) })
        : result.value.applied.length
          ? t('log.acted', { actions: describeActions(result.value) })
          : t('log.logged', { score: result.value.contact.engagementScore }),
      fellShort(result.value.applied) ? 'warn' : 'ok',
      result.value.contact.updatedAt,
    );
    setMode(null);
    setNote('');
    setUrl('');
  };
  return (
    <section className="record-card log-bar" aria-labelledby="log-title">
      <h2 id="log-title">{t('log.title')}</h2>
      <div className="stage-buttons">
        {(Object.values(shortcuts) as Mode[]).map((m) => (
          <Button key={m} aria-pressed={mode === m} onClick={() => setMode(m)}>
            {m === 'behaviour' ? t('log.behaviour') : t(`log.${m}`)}
          </Button>
        ))}
        <span className="muted shortcut-hint">{t('log.shortcutHint')}</span>
      </div>
      {mode && (
        <form className="log-form" onSubmit={submit}>
          {mode === 'behaviour' ? (
            <>
              <Field label={t('log.type')}>
                <Select
                  value={type}
                  onValueChange={(value) => setType(value as ActivityType)}
                  options={behaviourTypes.map((bt) => ({ value: bt, label: t(`activity.${bt}`, { url: '…' }) }))}
                />
              </Field>
              <Field label={t('log.url')}>
                <TextInput ref={input} value={url} onValueChange={setUrl} placeholder="/pricing" />
              </Field>
            </>
          ) : (
            <Field label={t('log.note')}>
              <TextInput ref={input} value={note} onValueChange={setNote} maxLength={2000} />
            </Field>
          )}
          <FormActions submitLabel={t('log.save')} onCancel={() => setMode(null)} />
        </form>
      )}
      <RecordMessage note={message} />
    </section>
  );
}
