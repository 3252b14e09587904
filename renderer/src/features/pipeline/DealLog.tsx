import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { dealTouchTypes } from '@shared/index';
import type { Activity, Deal } from '@shared/model';
import { fieldErrorsText } from '../../i18n/field-errors';
import { Button, TextInput, formatDate } from '../../ui';
import { useWorkspaceApi } from '../../workspace-api';

export type DealLogProps = { deal: Deal; activities: Activity[]; memberId: string | null; ownerName(id: string): string; timeZone: string };

/** Log a call, e-mail, meeting or note on the deal (Enter logs the note), and what was logged on it, newest first. */
export function DealLog({ deal, activities, memberId, ownerName, timeZone }: DealLogProps) {
  const { t, i18n } = useTranslation();
  const { actions } = useWorkspaceApi();
  const [note, setNote] = useState('');
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const log = async (type: (typeof dealTouchTypes)[number]) => {
    const contactId = deal.primaryContactId ?? deal.contactIds[0];
    if (!contactId) return;
    const logged = note;
    // Cleared before the write, so what the user types next is never wiped when it completes.
    setNote('');
    const result = await actions.logActivity({ contactId, dealId: deal.id, type, note: logged, byMemberId: memberId });
    if (result.ok) setMessage({ text: t('board.drawer.logged', { activity: t(`log.${type}`) }), error: false });
    else {
      setNote((current) => (current === '' ? logged : current));
      setMessage({ text: fieldErrorsText(t, result.errors), error: true });
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void log('note_added');
  };
  return (
    <>
      <form className="deal-log" onSubmit={submit} aria-label={t('board.drawer.log')}>
        <TextInput
          value={note}
          onValueChange={setNote}
          placeholder={t('board.drawer.notePlaceholder')}
          aria-label={t('log.note')}
          aria-invalid={message?.error || undefined}
          maxLength={2000}
        />
        <span className="row-actions inline">
          {dealTouchTypes.map((type) => (
            <Button key={type} type={type === 'note_added' ? 'submit' : 'button'} onClick={type === 'note_added' ? undefined : () => void log(type)}>
              {t(`log.${type}`)}
            </Button>
          ))}
        </span>
        {message && (
          <p className={message.error ? 'error-text' : 'muted'} role={message.error ? 'alert' : 'status'}>
            {message.text}
          </p>
        )}
      </form>
      {activities.length > 0 && (
        <ol className="deal-activities">
          {activities.map((a) => (
            <li key={a.id}>
              <strong>{t(`activity.${a.type}`)}</strong>
              <span className="muted">
                {' '}
                · {formatDate(a.at, i18n.language, timeZone)}
                {a.byMemberId && ` · ${ownerName(a.byMemberId)}`}
              </span>
              {a.meta['note'] && (
                <p className="deal-activity-note">
                  <bdi>{a.meta['note']}</bdi>
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
