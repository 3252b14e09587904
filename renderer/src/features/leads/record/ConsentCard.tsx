import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppliedAction } from '@shared/index';
import type { Consent } from '@shared/model';
import type { EditResult } from '../../../workspace-api';
import { Button, Field, FormActions, TextInput, formatDate, useInlineForm } from '../../../ui';
import { fieldErrorsText } from '../../../i18n/field-errors';
import { RecordMessage, useRecordNote } from './RecordMessage';
import { fellShort } from './fell-short';

export type ConsentCardProps = {
  consent: Consent;
  sourceLabel(source: string | null): string;
  onSave(input: { status: Consent['status']; source: string | null }): Promise<EditResult<{ contact: { updatedAt: number }; applied: AppliedAction[] }>>;
  describeActions(applied: AppliedAction[]): string;
  /** The contact's `updatedAt`: a later change retires this card's message. */
  version: number;
};

/**
 * Consent with its source and date, recorded or withdrawn here. Recording it can be what a lead
 * over the threshold was missing: the hand-off then happens at once and is reported.
 */
export function ConsentCard({ consent, sourceLabel, onSave, describeActions, version }: ConsentCardProps) {
  const { t, i18n } = useTranslation();
  const [recording, setRecording] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  useInlineForm(
    recording,
    () => setRecording(false),
    () => opener.current,
  );
  const [source, setSource] = useState('');
  const { note: message, say, clear } = useRecordNote(version);
  const save = async (status: Consent['status'], from: string | null) => {
    const result = await onSave({ status, source: from });
    if (!result.ok) return say(fieldErrorsText(t, result.errors), 'warn');
    setRecording(false);
    setSource('');
    const { applied, contact } = result.value;
    if (applied.length) say(t('log.acted', { actions: describeActions(applied) }), fellShort(applied) ? 'warn' : 'ok', contact.updatedAt);
    else clear();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save('granted', source);
  };
  return (
    <section className="record-card" aria-labelledby="consent-title">
      <div className="card-title-row">
        <h2 id="consent-title">{t('consentForm.title')}</h2>
        {!recording &&
          (consent.status === 'granted' ? (
            <Button variant="ghost" onClick={() => void save('withdrawn', consent.source)}>
              {t('consentForm.withdraw')}
            </Button>
          ) : (
            <Button variant="ghost" onClick={() => setRecording(true)} ref={opener}>
              {t('consentForm.record')}
            </Button>
          ))}
      </div>
      <p className={consent.status === 'granted' ? undefined : 'muted'} data-consent={consent.status}>
        {consent.status === 'granted' && consent.at
          ? t('record.consentGranted', { source: sourceLabel(consent.source), date: formatDate(consent.at, i18n.language) })
          : consent.status === 'withdrawn' && consent.at
            ? t('consentForm.withdrawn', { date: formatDate(consent.at, i18n.language) })
            : t('record.consentNone')}
      </p>
      {recording && (
        <form className="stack-form" onSubmit={submit}>
          <Field label={t('consentForm.source')}>
            <TextInput value={source} onValueChange={setSource} placeholder={t('consentForm.sourcePlaceholder')} maxLength={200} autoFocus />
          </Field>
          <FormActions submitLabel={t('consentForm.save')} onCancel={() => setRecording(false)} disabled={source.trim() === ''} />
        </form>
      )}
      <RecordMessage note={message} />
    </section>
  );
}
