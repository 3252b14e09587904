import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppliedAction } from '@shared/index';
import type { Consent } from '@shared/model';
import type { EditResult } from '../../../db/repositories/contact-edit-repository';
import { Button, formatDate } from '../../../ui';
import { fieldErrorsText } from '../field-errors';

export type ConsentCardProps = {
  consent: Consent;
  sourceLabel(source: string | null): string;
  onSave(input: { status: Consent['status']; source: string | null }): Promise<EditResult<{ applied: AppliedAction[] }>>;
  describeActions(applied: AppliedAction[]): string;
};

/**
 * Consent with its source and date, recorded or withdrawn here. Recording it can be what a lead
 * over the threshold was missing: the hand-off then happens at once and is reported.
 */
export function ConsentCard({ consent, sourceLabel, onSave, describeActions }: ConsentCardProps) {
  const { t, i18n } = useTranslation();
  const [recording, setRecording] = useState(false);
  const [source, setSource] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const save = async (status: Consent['status'], from: string | null) => {
    const result = await onSave({ status, source: from });
    if (!result.ok) return setMessage(fieldErrorsText(t, result.errors));
    setRecording(false);
    setSource('');
    setMessage(result.value.applied.length ? t('log.acted', { actions: describeActions(result.value.applied) }) : null);
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
            <Button variant="ghost" onClick={() => setRecording(true)}>
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
          <label className="field">
            {t('consentForm.source')}
            <input value={source} onChange={(e) => setSource(e.target.value)} placeholder={t('consentForm.sourcePlaceholder')} autoFocus />
          </label>
          <div className="row-actions">
            <Button variant="ghost" onClick={() => setRecording(false)}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" variant="primary">
              {t('consentForm.save')}
            </Button>
          </div>
        </form>
      )}
      {message && (
        <p className="stage-message" role="status">
          {message}
        </p>
      )}
    </section>
  );
}
