import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { dealLostReasons } from '@shared/index';
import { commonCurrencies, dealAmountMax, type Deal, type Pipeline, type RecycleReason } from '@shared/model';
import type { CreateDealInput, EditResult } from '../../../workspace-api';
import {
  Button,
  DateInput,
  Field,
  FormActions,
  NumberInput,
  Select,
  TextInput,
  currencyStep,
  dayToEpoch,
  formatCurrency,
  formatDate,
  useInlineForm,
} from '../../../ui';
import { fieldErrorsText } from '../../../i18n/field-errors';
import { RecycleReasonOptions } from '../RecycleReasonOptions';
import { RecordMessage, useRecordNote, type RecordNote } from './RecordMessage';

type DealInput = CreateDealInput;
export type DealsCardProps = {
  deals: Deal[];
  pipelines: Pipeline[];
  /** The pipeline a new deal starts in unless the user picks another (the sales pipeline). */
  defaultPipelineId: string | null;
  defaultCurrency: string;
  ownerId: string | null;
  onCreate(input: DealInput): Promise<EditResult<Deal>>;
  /** Closes a deal; the contacts follow through the lifecycle. Returns what to tell the user. */
  onCloseDeal(dealId: string, outcome: 'won' | 'lost', lostReason: RecycleReason | null): Promise<RecordNote>;
  /** The contact's `updatedAt`: a later change retires this card's message. */
  version: number;
};

/** The contact's deals, and "create deal" right from the record. */
export function DealsCard({ deals, pipelines, defaultPipelineId, defaultCurrency, ownerId, onCreate, onCloseDeal, version }: DealsCardProps) {
  const { t, i18n } = useTranslation();
  const [losing, setLosing] = useState<string | null>(null);
  const [lostReason, setLostReason] = useState<RecycleReason | ''>('');
  const { note: outcomeMessage, say } = useRecordNote(version);
  const close = async (dealId: string, outcome: 'won' | 'lost') => {
    const note = await onCloseDeal(dealId, outcome, outcome === 'lost' && lostReason ? lostReason : null);
    say(note.text, note.tone, note.version);
    setLosing(null);
    setLostReason('');
  };
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  useInlineForm(
    open,
    () => setOpen(false),
    () => opener.current,
  );
  const firstOpenStage = (p: Pipeline | undefined) => p?.stages.find((s) => s.outcome === 'open' && !s.archived)?.id ?? '';
  const initialPipeline = pipelines.find((p) => p.id === defaultPipelineId) ?? pipelines[0];
  const [form, setForm] = useState({
    title: '',
    amount: '',
    currency: defaultCurrency,
    closeDate: '',
    pipelineId: initialPipeline?.id ?? '',
    stageId: firstOpenStage(initialPipeline),
  });
  const pipeline = pipelines.find((p) => p.id === form.pipelineId) ?? null;
  const stageName = (deal: Deal) => pipelines.find((p) => p.id === deal.pipelineId)?.stages.find((st) => st.id === deal.stageId)?.name ?? deal.stageId;
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!pipeline) return;
    const result = await onCreate({
      title: form.title,
      amount: form.amount === '' ? null : Number(form.amount),
      currency: form.currency,
      expectedCloseDate: dayToEpoch(form.closeDate),
      pipelineId: pipeline.id,
      stageId: form.stageId,
      ownerId,
    });
    if (result.ok) {
      setOpen(false);
      setError(null);
      setForm({ ...form, title: '', amount: '', closeDate: '' });
    } else setError(fieldErrorsText(t, result.errors));
  };
  return (
    <section className="record-card" aria-labelledby="deals-title">
      <h2 id="deals-title">{t('record.deals')}</h2>
      {deals.length === 0 ? (
        <p className="muted">{t('record.noDeals')}</p>
      ) : (
        <ul className="plain-list">
          {deals.map((deal) => (
            <li key={deal.id}>
              {deal.title}
              <span className="muted">
                {' '}
                · {stageName(deal)} · {deal.amount === null ? '—' : formatCurrency(deal.amount, deal.currency, i18n.language)}
                {/* A closed deal shows when it closed; its stage (Won, Lost) already says how. */}
                {deal.status !== 'open' && deal.closedAt !== null
                  ? ` · ${formatDate(deal.closedAt, i18n.language)}`
                  : deal.expectedCloseDate !== null && ` · ${formatDate(deal.expectedCloseDate, i18n.language)}`}
              </span>
              {deal.status === 'open' && losing !== deal.id && (
                <span className="row-actions">
                  <Button onClick={() => void close(deal.id, 'won')}>{t('dealOutcome.won')}</Button>
                  <Button onClick={() => setLosing(deal.id)}>{t('dealOutcome.lost')}</Button>
                </span>
              )}
              {losing === deal.id && (
                <span className="row-actions">
                  <Select aria-label={t('dealOutcome.lostReason')} value={lostReason} onValueChange={(value) => setLostReason(value as RecycleReason | '')}>
                    <RecycleReasonOptions placeholder={t('dealOutcome.lostReason')} reasons={dealLostReasons} />
                  </Select>
                  <Button variant="ghost" onClick={() => setLosing(null)}>
                    {t('dealForm.cancel')}
                  </Button>
                  <Button variant="primary" disabled={lostReason === ''} onClick={() => void close(deal.id, 'lost')}>
                    {t('dealOutcome.confirmLost')}
                  </Button>
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      <RecordMessage note={outcomeMessage} />
      {!open ? (
        pipeline && (
          <Button ref={opener} onClick={() => setOpen(true)}>
            {t('dealForm.create')}
          </Button>
        )
      ) : (
        <form className="stack-form" onSubmit={submit}>
          <Field label={t('dealForm.title')}>
            <TextInput value={form.title} onValueChange={(title) => setForm({ ...form, title })} maxLength={200} autoFocus />
          </Field>
          <div className="two-fields">
            <Field label={t('dealForm.amount')}>
              <NumberInput
                min={0}
                max={dealAmountMax}
                step={currencyStep(form.currency)}
                value={form.amount}
                onValueChange={(amount) => setForm({ ...form, amount })}
              />
            </Field>
            <Field label={t('dealForm.currency')}>
              <Select
                value={form.currency}
                onValueChange={(currency) => setForm({ ...form, currency })}
                options={commonCurrencies.map((c) => ({ value: c, label: c }))}
              />
            </Field>
          </div>
          <Field label={t('dealForm.closeDate')}>
            <DateInput value={form.closeDate} onValueChange={(closeDate) => setForm({ ...form, closeDate })} />
          </Field>
          {pipelines.length > 1 && (
            <Field label={t('dealForm.pipeline')}>
              <Select
                value={form.pipelineId}
                onValueChange={(pipelineId) => setForm({ ...form, pipelineId, stageId: firstOpenStage(pipelines.find((p) => p.id === pipelineId)) })}
                options={pipelines.map((p) => ({ value: p.id, label: p.name }))}
              />
            </Field>
          )}
          <Field label={t('dealForm.stage')}>
            <Select
              value={form.stageId}
              onValueChange={(stageId) => setForm({ ...form, stageId })}
              options={(pipeline?.stages ?? []).filter((s) => s.outcome === 'open' && !s.archived).map((s) => ({ value: s.id, label: s.name }))}
            />
          </Field>
          {error && (
            <p className="error-text" role="alert">
              {error}
            </p>
          )}
          <FormActions submitLabel={t('dealForm.save')} cancelLabel={t('dealForm.cancel')} onCancel={() => setOpen(false)} />
        </form>
      )}
    </section>
  );
}
