import type { TFunction } from 'i18next';
import type { LifecycleProblem } from '@shared/index';
import { lifecycleStageIds, type FieldCondition, type LifecycleDefinition, type LifecycleStage, type StageCriterion } from '@shared/model';

/** A stage's name as the team reads it: its own, else the translated standard name, else its id. */
export function stageName(t: TFunction, stage: Pick<LifecycleStage, 'id' | 'name'>): string {
  if (stage.name?.trim()) return stage.name;
  return (lifecycleStageIds as readonly string[]).includes(stage.id) ? t(`stage.${stage.id as 'lead'}`) : stage.id;
}

/** A field path in words where the designer knows it (`company.industry` → Industry), else the path itself. */
export function fieldWords(t: TFunction, field: string): string {
  const translate = t as unknown as (key: string, options: Record<string, unknown>) => string;
  return translate(`designRules.fields.${field.replace('.', '_')}`, { defaultValue: field.replace(/^(company\.)?customFields\./, '') });
}

function conditionValue(t: TFunction, c: FieldCondition): string {
  switch (c.op) {
    case 'equals':
    case 'not_equals':
    case 'contains':
      return `“${String(c.value)}”`;
    case 'in_list':
    case 'any_word':
      return c.values.map((v) => `“${v}”`).join(', ');
    case 'range':
      return `${c.min ?? t('designer.criterion.any')}–${c.max ?? t('designer.criterion.any')}`;
    case 'regex':
      return `/${c.pattern}/`;
    case 'is_empty':
    case 'not_empty':
      return '';
  }
}

/** One criterion with its values in words ("Engagement ≥ 40", "Industry is one of “SaaS”, “Fintech”"). */
export function criterionText(t: TFunction, c: StageCriterion): string {
  switch (c.kind) {
    case 'icp_fit_at_least':
      return c.min === null ? t('designer.criterion.text.icpOwn') : t('designer.criterion.text.icpMin', { min: c.min });
    case 'engagement_at_least':
      return t('designer.criterion.text.engagement', { min: c.min });
    case 'bant_at_least':
      return t('designer.criterion.text.bant', { min: c.min });
    case 'activity_present':
      return t('designer.criterion.text.activity', { types: c.activityTypes.map((a) => t(`activity.${a}`)).join(', ') });
    case 'field':
      return t('designer.criterion.condition', {
        field: fieldWords(t, c.condition.field),
        op: t(`designRules.ops.${c.condition.op}`),
        value: conditionValue(t, c.condition),
      }).trim();
    default:
      return t(`designer.criterion.kind.${c.kind}`);
  }
}

/** The stage a problem belongs to (outlined on the diagram), or null for one about the whole lifecycle. */
export const problemStageId = (p: LifecycleProblem): string | null => ('stageId' in p && p.kind !== 'unknown_hand_off_stage' ? p.stageId : null);

/** A problem in a sentence, stages by name. */
export function problemText(t: TFunction, p: LifecycleProblem, lifecycle: LifecycleDefinition): string {
  const nameOf = (id: string) => {
    const stage = lifecycle.stages.find((s) => s.id === id);
    return stage ? stageName(t, stage) : id;
  };
  const funnel = lifecycle.stages.filter((s) => s.kind === 'funnel');
  const params: Record<string, string> = {
    stage: 'stageId' in p ? nameOf(p.stageId) : '',
    stageId: 'stageId' in p ? p.stageId : '',
    first: lifecycle.stages[0] ? stageName(t, lifecycle.stages[0]) : '',
    last: funnel.length > 0 ? stageName(t, funnel[funnel.length - 1]!) : '',
    next: 'nextId' in p ? nameOf(p.nextId) : '',
    field: 'field' in p ? p.field : 'subject' in p ? fieldWords(t, p.subject) : '',
    list: 'list' in p ? t(`designer.problems.list.${p.list}`) : '',
    setting: 'setting' in p ? t(`designer.problems.setting.${p.setting}`) : '',
  };
  return (t as unknown as (key: string, options: Record<string, unknown>) => string)(`designer.problems.${p.kind}`, params);
}
