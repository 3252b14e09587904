import { newId, type EngagementRule, type FitRule, type ScoringModel, type ThresholdAction } from '@shared/model';

export type ModelPatch = (model: ScoringModel) => ScoringModel;

export const newEngagementRule = (label: string): EngagementRule => ({
  id: newId(),
  label,
  activityType: 'page_visited',
  urlContains: null,
  minSeconds: null,
  formId: null,
  points: 5,
  frequency: 'each',
  cap: null,
  halfLifeDays: null,
  activeFrom: null,
  activeTo: null,
});

export const newFitRule = (label: string): FitRule => ({
  id: newId(),
  label,
  condition: { op: 'equals', field: 'company.industry', value: '' },
  points: 10,
});

export const thresholdActionKinds = ['change_stage', 'route', 'create_task', 'add_to_list', 'notify'] as const;

export function newThresholdAction(kind: ThresholdAction['kind'], handOffStageId: string, taskTitle: string): ThresholdAction {
  switch (kind) {
    case 'change_stage':
      return { kind, stageId: handOffStageId };
    case 'route':
      return { kind };
    case 'create_task':
      return { kind, title: taskTitle, dueInHours: 24 };
    case 'add_to_list':
      return { kind, list: '' };
    case 'notify':
      return { kind, role: 'sdr' };
  }
}

/** Replaces item `index` of a list with `patch` applied. */
export function patchAt<T>(list: readonly T[], index: number, patch: Partial<T>): T[] {
  return list.map((item, i) => (i === index ? { ...item, ...patch } : item));
}

export const without = <T>(list: readonly T[], index: number): T[] => list.filter((_, i) => i !== index);

/** Replaces item `index` of a list. */
export const replaceAt = <T>(list: readonly T[], index: number, item: T): T[] => list.map((x, i) => (i === index ? item : x));
