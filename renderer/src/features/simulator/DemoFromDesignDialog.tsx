import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { demoSizeLimits } from '@shared/demo/generate-workspace';
import { targetsFromRoleGoals } from '@shared/index';
import { usePreferences } from '../../app/preferences-store';
import { useWorkspace } from '../../app/services';
import { Dialog, Field, FormActions, NumberInput, Select, numberInputProblem } from '../../ui';
import { useWorkspaceQuery } from '../../workspace-api';
import { useDemoDialog } from './demo-dialog-store';

/** Size, seed and language of a demo that follows the open workspace's design; it goes into a new workspace. */
function DemoFromDesignForm({ onDone }: { onDone(): void }) {
  const { t, i18n } = useTranslation();
  const language = usePreferences((s) => s.language);
  const loadDemo = useWorkspace((s) => s.loadDemo);
  const read = useWorkspaceQuery((q) => q.simulatorDesign(), []);
  const [size, setSize] = useState('1000');
  const [seed, setSeed] = useState('2026');
  const [locale, setLocale] = useState<'en' | 'ko'>(language);
  const [tried, setTried] = useState(false);
  const sizeProblem = numberInputProblem(size, demoSizeLimits, t, i18n.language) ?? (size.trim() === '' ? t('input.required') : null);
  const seedProblem = numberInputProblem(seed, { min: 0, max: 2 ** 31 - 1 }, t, i18n.language) ?? (seed.trim() === '' ? t('input.required') : null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (sizeProblem || seedProblem || !read) return;
    onDone();
    // The design's own conversion targets (from its roles' targets) drive the demo's paths where it has them.
    const targets = targetsFromRoleGoals(read.design.lifecycle, read.roleGoals).stages;
    void loadDemo(locale, { contacts: Number(size), seed: Number(seed), design: { ...read.design, targets } });
  };
  if (read === null) return <p>{t('simulator.demo.noDesign')}</p>;
  const stages = read?.design.lifecycle.stages.filter((s) => s.kind === 'funnel').length ?? 0;
  return (
    <form onSubmit={submit} noValidate>
      <p className="muted">{t('simulator.demo.body', { stages })}</p>
      <Field label={t('simulator.demo.size')} hint={t('simulator.demo.sizeHint')} error={tried ? sizeProblem : null}>
        <NumberInput value={size} onValueChange={setSize} min={demoSizeLimits.min} max={demoSizeLimits.max} required autoFocus />
      </Field>
      <Field label={t('simulator.demo.seed')} hint={t('simulator.demo.seedHint')} error={tried ? seedProblem : null}>
        <NumberInput value={seed} onValueChange={setSeed} min={0} max={2 ** 31 - 1} required />
      </Field>
      <Field label={t('simulator.demo.language')}>
        <Select
          value={locale}
          onValueChange={(v) => setLocale(v === 'ko' ? 'ko' : 'en')}
          options={[
            { value: 'en', label: t('simulator.demo.languages.en') },
            { value: 'ko', label: t('simulator.demo.languages.ko') },
          ]}
        />
      </Field>
      <FormActions submitLabel={t('simulator.demo.generate')} onCancel={onDone} disabled={read === undefined} />
    </form>
  );
}

export function DemoFromDesignDialog() {
  const { t } = useTranslation();
  const { open, setOpen } = useDemoDialog();
  return (
    <Dialog open={open} onOpenChange={setOpen} title={t('simulator.demo.title')}>
      {open && <DemoFromDesignForm onDone={() => setOpen(false)} />}
    </Dialog>
  );
}
