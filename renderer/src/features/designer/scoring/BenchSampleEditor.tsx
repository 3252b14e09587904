import { Plus, Trash2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { bantParts, type BenchActivity, type BenchLead } from '@shared/index';
import { activityTypes } from '@shared/model';
import { Button, Field, Select, TextInput } from '../../../ui';
import { DraftNumber } from './DraftNumber';
import { patchAt, without } from './scoring-draft';

export type BenchSampleEditorProps = { lead: BenchLead; onChange(lead: BenchLead): void };

const newLine = (): BenchActivity => ({ type: 'email_opened', count: 1, daysAgo: 0, url: null, seconds: null, formId: null });

/** The sample lead's profile, company, BANT ratings and activities, as a person would describe them. */
export function BenchSampleEditor({ lead, onChange }: BenchSampleEditorProps) {
  const { t } = useTranslation();
  const set = (patch: Partial<BenchLead>) => onChange({ ...lead, ...patch });
  const setLine = (i: number, patch: Partial<BenchActivity>) => set({ activities: patchAt(lead.activities, i, patch) });
  return (
    <div className="bench-sample">
      <div className="field-row">
        <Field label={t('field.jobTitle')}>
          <TextInput name="bench-jobTitle" value={lead.jobTitle} onValueChange={(jobTitle) => set({ jobTitle })} />
        </Field>
        <Field label={t('field.phone')}>
          <TextInput name="bench-phone" value={lead.phone} onValueChange={(phone) => set({ phone })} />
        </Field>
        <label className="checkbox">
          <input type="checkbox" checked={lead.consent} onChange={(e) => set({ consent: e.target.checked })} />
          {t('designRules.scoring.bench.consent')}
        </label>
      </div>
      <div className="field-row">
        <Field label={t('designRules.fields.company_industry')}>
          <TextInput value={lead.company.industry} onValueChange={(industry) => set({ company: { ...lead.company, industry } })} />
        </Field>
        <Field label={t('designRules.fields.company_employeeCount')}>
          <DraftNumber
            nullable
            min={0}
            step={1}
            value={lead.company.employeeCount}
            onNumberChange={(employeeCount) => set({ company: { ...lead.company, employeeCount } })}
          />
        </Field>
        <Field label={t('designRules.fields.company_country')}>
          <TextInput value={lead.company.country} onValueChange={(country) => set({ company: { ...lead.company, country } })} />
        </Field>
      </div>
      <div className="field-row">
        {bantParts.map((part) => (
          <Field key={part} label={t(`field.bant_${part}`)} hint="0–100">
            <DraftNumber nullable min={0} max={100} value={lead.bant[part]} onNumberChange={(r) => set({ bant: { ...lead.bant, [part]: r } })} />
          </Field>
        ))}
      </div>
      <h4>{t('designRules.scoring.bench.activities')}</h4>
      <ol className="bench-activities">
        {lead.activities.map((line, i) => (
          <li key={i} className="field-row" data-bench-activity={line.type}>
            <Field label={t('designRules.scoring.rule.activity')}>
              <Select
                value={line.type}
                onValueChange={(v) => setLine(i, { type: v as BenchActivity['type'] })}
                options={activityTypes.map((type) => ({ value: type, label: t(`designRules.scoring.activityTypes.${type}`) }))}
              />
            </Field>
            <Field label={t('designRules.scoring.bench.count')}>
              <DraftNumber name="count" min={0} step={1} value={line.count} onNumberChange={(c) => setLine(i, { count: c ?? 0 })} />
            </Field>
            <Field label={t('designRules.scoring.bench.daysAgo')}>
              <DraftNumber min={0} value={line.daysAgo} onNumberChange={(d) => setLine(i, { daysAgo: d ?? 0 })} />
            </Field>
            <Field label={t('designRules.scoring.bench.url')}>
              <TextInput value={line.url ?? ''} onValueChange={(url) => setLine(i, { url: url === '' ? null : url })} />
            </Field>
            <Field label={t('designRules.scoring.bench.seconds')}>
              <DraftNumber nullable min={0} value={line.seconds} onNumberChange={(seconds) => setLine(i, { seconds })} />
            </Field>
            <Button
              variant="ghost"
              aria-label={t('designRules.scoring.bench.removeActivity', { activity: t(`designRules.scoring.activityTypes.${line.type}`) })}
              onClick={() => set({ activities: without(lead.activities, i) })}
            >
              <Trash2 size={14} aria-hidden />
            </Button>
          </li>
        ))}
      </ol>
      <Button onClick={() => set({ activities: [...lead.activities, newLine()] })}>
        <Plus size={14} aria-hidden />
        {t('designRules.scoring.bench.addActivity')}
      </Button>
    </div>
  );
}
