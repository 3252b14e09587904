import type { TFunction } from 'i18next';
import type { BenchResult, UnmetCriterion } from '@shared/index';
import type { ScoringModel } from '@shared/model';

const unmetItems = ['consent', 'persona', 'icpFit', 'engagement', 'handOffMeasure', 'bant', 'activity', 'amount', 'expectedCloseDate', 'dealWon'] as const;

/** An unmet criterion in the lifecycle's own words (`unmet.*`). */
export function unmetText(t: TFunction, unmet: UnmetCriterion): string {
  if (unmet.item === 'activity' && unmet.values['types'] === 'meeting_booked') return t('unmet.meeting');
  const values = Object.fromEntries(Object.entries(unmet.values).map(([k, v]) => [k, v ?? '—']));
  if ((unmetItems as readonly string[]).includes(unmet.item)) return t(`unmet.${unmet.item as (typeof unmetItems)[number]}`, values);
  return t('unmet.field', { field: unmet.item });
}

/** Where the threshold automation puts the sample, in one sentence. */
export function benchStageSentence(
  t: TFunction,
  result: BenchResult,
  model: ScoringModel,
  stageName: (id: string) => string,
  n: (v: number) => string,
): string {
  const { stage, score } = result;
  const target = model.thresholdActions.find((a) => a.kind === 'change_stage');
  const values = {
    score: n(score.total),
    threshold: n(model.handOffThreshold),
    from: stageName(stage.from),
    to: stageName(target?.kind === 'change_stage' ? target.stageId : stage.to),
  };
  switch (stage.outcome) {
    case 'moved':
      return t('designRules.scoring.bench.moved', values);
    case 'not_ready':
      return t('designRules.scoring.bench.notReady', values);
    case 'criteria':
      return t('designRules.scoring.bench.criteria', { ...values, items: stage.unmet.map((u) => unmetText(t, u)).join(', ') });
    case 'no_stage_action':
      return t('designRules.scoring.bench.noStageAction', values);
    case 'already_there':
      return t('designRules.scoring.bench.alreadyThere', values);
    case 'not_allowed':
      return t('designRules.scoring.bench.notAllowed', values);
  }
}
