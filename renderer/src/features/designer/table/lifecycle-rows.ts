import type { TFunction } from 'i18next';
import type { LifecycleDefinition } from '@shared/model';
import { criterionText, stageName } from '../lifecycle/design-words';

/** One stage of the design as a row of the agreement sheet, every cell already in words. */
export type LifecycleRow = {
  id: string;
  stage: string;
  side: boolean;
  definition: string;
  entry: string[];
  exit: string[];
  owner: string;
  sla: string;
  metric: string;
  target: string;
};

/** The design as the table teams agree on: stage, definition, entry, exit, owner, SLA, metric and target. */
export function lifecycleRows(t: TFunction, lifecycle: LifecycleDefinition): LifecycleRow[] {
  const funnel = lifecycle.stages.filter((s) => s.kind === 'funnel');
  const none = t('designer.table.none');
  return lifecycle.stages.map((s) => {
    const name = stageName(t, s);
    const previous = funnel[funnel.indexOf(s) - 1];
    const target = lifecycle.volumeSlas.find((v) => v.stageId === s.id);
    const metric =
      s.kind === 'recycled'
        ? t('designer.table.metricRecycled')
        : s.kind === 'disqualified'
          ? t('designer.table.metricDisqualified')
          : previous
            ? t('designer.table.metricConversion', { stage: name, previous: stageName(t, previous) })
            : t('designer.table.metricEntries', { stage: name });
    return {
      id: s.id,
      stage: name,
      side: s.kind !== 'funnel',
      definition: s.definition.trim() || none,
      entry: s.entryCriteria.map((c) => criterionText(t, c)),
      exit: s.exitCriteria.map((c) => criterionText(t, c)),
      owner: s.ownerRole ? t(`role.${s.ownerRole}`) : none,
      sla: s.slaHours === null ? none : t('designer.table.slaHours', { hours: s.slaHours }),
      metric,
      target: target
        ? t('designer.table.target', { count: target.count, period: t(`designer.editor.period.${target.period}`), role: t(`role.${target.ownerRole}`) })
        : none,
    };
  });
}

export const rowColumns = ['stage', 'definition', 'entry', 'exit', 'owner', 'sla', 'metric', 'target'] as const;
