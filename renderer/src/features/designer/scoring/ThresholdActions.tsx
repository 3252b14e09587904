import { Plus, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { roles, type LifecycleDefinition, type ThresholdAction } from '@shared/model';
import { useStageLabels } from '../../../i18n/use-stage-labels';
import { Button, Field, Select, TextInput } from '../../../ui';
import { DraftNumber } from './DraftNumber';
import { newThresholdAction, replaceAt, thresholdActionKinds, without } from './scoring-draft';

export type ThresholdActionsProps = {
  actions: ThresholdAction[];
  lifecycle: LifecycleDefinition;
  onChange(actions: ThresholdAction[]): void;
  error(path: string): string | undefined;
};

/** What crossing the threshold does: change stage, route, create a task, add to a list, notify — in order. */
export function ThresholdActions({ actions, lifecycle, onChange, error }: ThresholdActionsProps) {
  const { t } = useTranslation();
  const stages = useStageLabels();
  const [adding, setAdding] = useState<ThresholdAction['kind']>('add_to_list');
  const set = (i: number, action: ThresholdAction) => onChange(replaceAt(actions, i, action));
  return (
    <section className="designer-section" aria-labelledby="scoring-actions">
      <h3 id="scoring-actions">{t('designRules.scoring.actions.title')}</h3>
      <p className="muted">{t('designRules.scoring.actions.hint')}</p>
      <ol className="rule-cards">
        {actions.map((action, i) => {
          const at = (part: string) => error(`thresholdActions.${i}.${part}`);
          return (
            <li key={i} className="rule-card rule-card-main" data-action-kind={action.kind}>
              <strong className="grow">{t(`designRules.scoring.actions.kinds.${action.kind}`)}</strong>
              {action.kind === 'change_stage' && (
                <Field label={t('designRules.scoring.actions.stage')} error={at('stageId')}>
                  <Select
                    value={action.stageId}
                    onValueChange={(stageId) => set(i, { ...action, stageId })}
                    options={lifecycle.stages.map((s) => ({ value: s.id, label: stages.get(s.id)?.name ?? s.id }))}
                  />
                </Field>
              )}
              {action.kind === 'create_task' && (
                <>
                  <Field label={t('designRules.scoring.actions.taskTitle')} error={at('title')}>
                    <TextInput value={action.title} onValueChange={(title) => set(i, { ...action, title })} />
                  </Field>
                  <Field label={t('designRules.scoring.actions.dueInHours')} error={at('dueInHours')}>
                    <DraftNumber min={0} value={action.dueInHours} onNumberChange={(h) => set(i, { ...action, dueInHours: h ?? Number.NaN })} />
                  </Field>
                </>
              )}
              {action.kind === 'add_to_list' && (
                <Field label={t('designRules.scoring.actions.list')} error={at('list')}>
                  <TextInput value={action.list} onValueChange={(list) => set(i, { ...action, list })} />
                </Field>
              )}
              {action.kind === 'notify' && (
                <Field label={t('designRules.scoring.actions.role')} error={at('role')}>
                  <Select
                    value={action.role}
                    onValueChange={(role) => set(i, { ...action, role })}
                    options={roles.map((r) => ({ value: r, label: t(`role.${r}`) }))}
                  />
                </Field>
              )}
              <Button
                variant="ghost"
                aria-label={t('designRules.scoring.actions.remove', { action: t(`designRules.scoring.actions.kinds.${action.kind}`) })}
                onClick={() => onChange(without(actions, i))}
              >
                <Trash2 size={14} aria-hidden />
              </Button>
            </li>
          );
        })}
      </ol>
      <div className="field-row">
        <Field label={t('designRules.scoring.actions.kind')}>
          <Select
            value={adding}
            onValueChange={(k) => setAdding(k as ThresholdAction['kind'])}
            options={thresholdActionKinds.map((k) => ({ value: k, label: t(`designRules.scoring.actions.kinds.${k}`) }))}
          />
        </Field>
        <Button onClick={() => onChange([...actions, newThresholdAction(adding, lifecycle.handOffStageId, t('designRules.scoring.actions.defaultTask'))])}>
          <Plus size={14} aria-hidden />
          {t('designRules.scoring.actions.add')}
        </Button>
      </div>
    </section>
  );
}
