import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { dealAmountMax, type Deal, type TeamMember } from '@shared/model';
import { reasonText } from '../../i18n/field-errors';
import { DateInput, Field, FormActions, NumberInput, Select, TextInput, currencyStep, dayToEpoch, epochToDay } from '../../ui';
import { useWorkspaceApi } from '../../workspace-api';

export type DealEditFormProps = { deal: Deal; team: TeamMember[]; onDone(): void };

/** The deal's own facts, edited in the drawer; its stage's requirements are kept by the shared check. */
export function DealEditForm({ deal, team, onDone }: DealEditFormProps) {
  const { t } = useTranslation();
  const { actions } = useWorkspaceApi();
  const [title, setTitle] = useState(deal.title);
  const [amount, setAmount] = useState(deal.amount === null ? '' : String(deal.amount));
  const [close, setClose] = useState(epochToDay(deal.expectedCloseDate));
  const [ownerId, setOwnerId] = useState(deal.ownerId ?? '');
  const [probability, setProbability] = useState(deal.probability === null ? '' : String(Math.round(deal.probability * 100)));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await actions.updateDeal({
      dealId: deal.id,
      patch: {
        title,
        amount: amount === '' ? null : Number(amount),
        // A date typed again on the same day keeps the stored instant.
        expectedCloseDate: epochToDay(deal.expectedCloseDate) === close ? deal.expectedCloseDate : dayToEpoch(close),
        ownerId: ownerId || null,
        probability: probability === '' ? null : Number(probability) / 100,
      },
    });
    if (result.ok) onDone();
    else setErrors(Object.fromEntries(result.errors.map((e) => [e.field, reasonText(t, e)])));
  };
  return (
    <form className="stack-form" onSubmit={submit}>
      <Field label={t('dealForm.title')} error={errors['title']}>
        <TextInput value={title} onValueChange={setTitle} maxLength={200} autoFocus />
      </Field>
      <div className="two-fields">
        <Field label={t('dealForm.amount')} error={errors['amount']}>
          <NumberInput value={amount} onValueChange={setAmount} min={0} max={dealAmountMax} step={currencyStep(deal.currency)} />
        </Field>
        <Field label={t('board.drawer.probability')} hint={t('board.drawer.probabilityHint')} error={errors['probability']}>
          <NumberInput value={probability} onValueChange={setProbability} min={0} max={100} />
        </Field>
      </div>
      <Field label={t('dealForm.closeDate')} error={errors['expectedCloseDate']}>
        <DateInput value={close} onValueChange={setClose} />
      </Field>
      <Field label={t('board.owner')}>
        <Select value={ownerId} onValueChange={setOwnerId} placeholder="—" options={team.map((m) => ({ value: m.id, label: m.name }))} />
      </Field>
      <FormActions submitLabel={t('board.drawer.save')} onCancel={onDone} />
    </form>
  );
}
