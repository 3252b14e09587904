import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { dealLostReasons, type DealMoveInput, type DealMoveNeed } from '@shared/index';
import { dealAmountMax, type Deal, type RecycleReason } from '@shared/model';
import { DateInput, Dialog, Field, FormActions, NumberInput, Select, currencyStep, dayToEpoch } from '../../ui';

export type Gate = { deal: Deal; toStageId: string; stageName: string; needs: DealMoveNeed[] };

export type GateDialogProps = { gate: Gate | null; timeZone: string; onSubmit(input: Omit<DealMoveInput, 'toStageId'>): void; onCancel(): void };

/**
 * Asked at the drop when the stage needs something the deal lacks (an amount, a close date, the
 * reason it was lost): filled in here, the move goes through; cancelled, the deal stays.
 */
export function GateDialog({ gate, onSubmit, onCancel }: GateDialogProps) {
  const { t } = useTranslation();
  const [amount, setAmount] = useState('');
  const [close, setClose] = useState('');
  const [reason, setReason] = useState<RecycleReason | ''>('');
  const needs = new Set(gate?.needs ?? []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit({
      ...(needs.has('amount') ? { amount: Number(amount) } : {}),
      ...(needs.has('close_date') ? { expectedCloseDate: dayToEpoch(close) } : {}),
      ...(needs.has('lost_reason') ? { lostReason: reason || null } : {}),
    });
    setAmount('');
    setClose('');
    setReason('');
  };
  return (
    <Dialog
      open={gate !== null}
      onOpenChange={(open) => !open && onCancel()}
      title={t('board.gateTitle', { stage: gate?.stageName ?? '' })}
      description={t('board.gateBody', { stage: gate?.stageName ?? '', deal: gate?.deal.title ?? '' })}
    >
      <form className="stack-form" onSubmit={submit}>
        {needs.has('amount') && (
          <Field label={t('dealForm.amount')}>
            <NumberInput
              value={amount}
              onValueChange={setAmount}
              min={0}
              max={dealAmountMax}
              step={currencyStep(gate?.deal.currency ?? 'USD')}
              required
              autoFocus
            />
          </Field>
        )}
        {needs.has('close_date') && (
          <Field label={t('dealForm.closeDate')}>
            <DateInput value={close} onValueChange={setClose} required autoFocus={!needs.has('amount')} />
          </Field>
        )}
        {needs.has('lost_reason') && (
          <Field label={t('board.lostReason')}>
            <Select
              value={reason}
              onValueChange={(value) => setReason(value as RecycleReason | '')}
              placeholder={t('board.pickReason')}
              options={dealLostReasons.map((r) => ({ value: r, label: t(`recycleReason.${r}`) }))}
              required
              autoFocus={needs.size === 1}
            />
          </Field>
        )}
        <FormActions submitLabel={t('board.gateSave')} onCancel={onCancel} />
      </form>
    </Dialog>
  );
}
