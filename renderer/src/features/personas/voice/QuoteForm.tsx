import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { quoteSourceKinds, type FieldError, type Persona, type QuoteSourceKind, type VocQuote } from '@shared/model';
import { sourceKindOf } from '@shared/index';
import { reasonText } from '../../../i18n/field-errors';
import { Combobox, DateInput, Dialog, Field, FormActions, Select, TextInput, dayToEpoch, epochToDay, showToast } from '../../../ui';
import { useWorkspaceApi } from '../../../workspace-api';
import { TextArea } from '../TextArea';

export type QuoteFormProps = {
  /** The quote being edited, or a new one's defaults. */
  quote: Omit<VocQuote, 'createdAt' | 'updatedAt' | 'deletedAt'>;
  isNew: boolean;
  personas: readonly Persona[];
  topics: readonly string[];
  onClose(): void;
};

/** Adds a quote to the library or edits one: the words, topic, notes, where and when it was said, whose. */
export function QuoteForm({ quote: initial, isNew, personas, topics, onClose }: QuoteFormProps) {
  const { t } = useTranslation();
  const { actions } = useWorkspaceApi();
  const [quote, setQuote] = useState(initial);
  const [kindTouched, setKindTouched] = useState(!isNew);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);
  const errorOf = (field: string) => {
    const e = errors.find((x) => x.field === field);
    return e ? reasonText(t, e) : undefined;
  };
  const patch = (p: Partial<typeof quote>) => setQuote((q) => ({ ...q, ...p }));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      const result = await actions.saveQuote({ quote });
      if (!result.ok) return setErrors(result.errors);
      showToast({ tone: 'ok', text: t(isNew ? 'personas.voice.added' : 'personas.voice.saved') });
      onClose();
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog open onOpenChange={(open) => !open && onClose()} title={t(isNew ? 'personas.voice.addTitle' : 'personas.voice.editTitle')} wide>
      <form className="quote-form" onSubmit={(e) => void submit(e)} noValidate>
        <Field label={t('personas.voice.quote')} error={errorOf('quote')}>
          <TextArea name="quote" rows={3} required value={quote.quote} onValueChange={(v) => patch({ quote: v })} autoFocus />
        </Field>
        <div className="field-row">
          <Field label={t('personas.voice.topic')} error={errorOf('topic')} className="grow">
            <Combobox name="topic" value={quote.topic} onValueChange={(v: string) => patch({ topic: v })} options={topics} />
          </Field>
          <Field label={t('personas.voice.persona')} error={errorOf('personaId')}>
            <Select
              name="quotePersona"
              value={quote.personaId ?? ''}
              onValueChange={(v) => patch({ personaId: v === '' ? null : v })}
              placeholder={t('personas.voice.workspaceWide')}
              options={personas.map((p) => ({ value: p.id, label: p.name }))}
            />
          </Field>
        </div>
        <div className="field-row">
          <Field label={t('personas.voice.source')} hint={t('personas.voice.sourceHint')} error={errorOf('source')} className="grow">
            <TextInput
              name="source"
              value={quote.source}
              onValueChange={(v) => patch({ source: v, ...(kindTouched ? {} : { sourceKind: sourceKindOf(v) }) })}
            />
          </Field>
          <Field label={t('personas.voice.sourceKind')}>
            <Select
              name="sourceKind"
              value={quote.sourceKind}
              onValueChange={(v) => {
                setKindTouched(true);
                patch({ sourceKind: v as QuoteSourceKind });
              }}
              options={quoteSourceKinds.map((k) => ({ value: k, label: t(`personas.voice.kinds.${k}`) }))}
            />
          </Field>
          <Field label={t('personas.voice.saidAt')} error={errorOf('saidAt')}>
            <DateInput name="saidAt" value={epochToDay(quote.saidAt)} onValueChange={(v) => patch({ saidAt: dayToEpoch(v) })} />
          </Field>
        </div>
        <Field label={t('personas.voice.notes')} error={errorOf('notes')}>
          <TextArea name="notes" rows={2} value={quote.notes} onValueChange={(v) => patch({ notes: v })} />
        </Field>
        <FormActions submitLabel={t(isNew ? 'personas.voice.add' : 'personas.voice.save')} onCancel={onClose} busy={busy} />
      </form>
    </Dialog>
  );
}
