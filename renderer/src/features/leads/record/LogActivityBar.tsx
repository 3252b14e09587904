import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { activityTypes, type ActivityType } from '@shared/model';
import type { EditResult, LoggedActivity } from '../../../workspace-api';
import { Button } from '../../../ui';
import { fieldErrorsText } from '../field-errors';
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
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (event.ctrlKey || event.metaKey || event.altKey || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target?.tagName ?? '')) return;
      const next = shortcuts[event.key.toLowerCase()];
      if (next) {
        event.preventDefault();
        setMode(next);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
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
        <form className="log-form" onSubmit={submit} onKeyDown={(e) => e.key === 'Escape' && (e.stopPropagation(), setMode(null))}>
          {mode === 'behaviour' ? (
            <>
              <label className="field">
                {t('log.type')}
                <select value={type} onChange={(e) => setType(e.target.value as ActivityType)}>
                  {behaviourTypes.map((bt) => (
                    <option key={bt} value={bt}>
                      {t(`activity.${bt}`, { url: '…' })}
                    </option>
                  ))}
                </select>
              </label>
              <label className="field">
                {t('log.url')}
                <input ref={input} value={url} onChange={(e) => setUrl(e.target.value)} placeholder="/pricing" />
              </label>
            </>
          ) : (
            <label className="field">
              {t('log.note')}
              <input ref={input} value={note} onChange={(e) => setNote(e.target.value)} />
            </label>
          )}
          <div className="row-actions">
            <Button variant="ghost" onClick={() => setMode(null)}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" variant="primary">
              {t('log.save')}
            </Button>
          </div>
        </form>
      )}
      <RecordMessage note={message} />
    </section>
  );
}
