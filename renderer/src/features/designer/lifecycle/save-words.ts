import type { TFunction } from 'i18next';
import type { LifecycleDefinition } from '@shared/model';
import { fieldErrorsText } from '../../../i18n/field-errors';
import type { UpdateLifecycleResult } from '../../../workspace-api/actions/update-lifecycle';
import { stageName } from './design-words';

/** Why a save was refused, in a sentence the user can act on. */
export function saveRefusalText(t: TFunction, result: Extract<UpdateLifecycleResult, { ok: false }>, lifecycle: LifecycleDefinition): string {
  switch (result.reason) {
    case 'stage_in_use':
      return result.problems
        .map((p) => {
          const stage = lifecycle.stages.find((s) => s.id === p.stageId);
          return t('designer.saveResult.stage_in_use', { stage: stage ? stageName(t, stage) : p.stageId, count: p.count });
        })
        .join(' ');
    case 'schema':
      return t('designer.saveResult.schema', { fields: fieldErrorsText(t, result.errors) });
    default:
      return t(`designer.saveResult.${result.reason}`);
  }
}
