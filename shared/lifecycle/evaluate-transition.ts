import type { Contact } from '../model/contact';
import type { LifecycleDefinition, LifecycleStage } from '../model/lifecycle';
import { notCheckedCriteria, unmetCriteria, type NotCheckedCriterion, type TransitionContext, type UnmetCriterion } from './criteria';

export type TransitionEvaluation =
  | { ok: true; notChecked: NotCheckedCriterion[] }
  | { ok: false; reason: 'unknown_stage' | 'same_stage' | 'not_allowed' | 'hand_off_required' }
  | { ok: false; reason: 'criteria'; unmet: UnmetCriterion[]; notChecked: NotCheckedCriterion[] };

export const findStage = (definition: LifecycleDefinition, id: string): LifecycleStage | undefined => definition.stages.find((s) => s.id === id);

/** The funnel's stage ids in order (side states left out). */
export const funnelIds = (definition: LifecycleDefinition): string[] => definition.stages.filter((s) => s.kind === 'funnel').map((s) => s.id);

/** Can `to` still be reached forward from `from`: before it on the funnel, or back from Recycled? */
export function beforeStage(definition: LifecycleDefinition, from: string, to: string): boolean {
  const funnel = funnelIds(definition);
  const here = funnel.indexOf(from);
  const target = funnel.indexOf(to);
  if (target < 0) return false;
  return here >= 0 ? here < target : findStage(definition, from)?.kind === 'recycled';
}

/**
 * Funnel stages a forward move passes on its way (neither `from` nor `to`). Side states are off
 * the funnel: a recycled contact re-qualifying answers to its target stage only.
 */
export function stagesPassed(definition: LifecycleDefinition, from: string, to: string): LifecycleStage[] {
  const funnel = funnelIds(definition);
  const a = funnel.indexOf(from);
  const b = funnel.indexOf(to);
  if (a < 0 || b < 0 || b <= a + 1) return [];
  return funnel.slice(a + 1, b).map((id) => findStage(definition, id)!);
}

/** True when a move jumps over the hand-off stage: sales never accepted the lead. */
export function skipsHandOff(definition: LifecycleDefinition, from: string, to: string): boolean {
  const funnel = funnelIds(definition);
  return funnel.indexOf(to) > funnel.indexOf(definition.handOffStageId) && beforeStage(definition, from, definition.handOffStageId);
}

/**
 * May the contact move from `from` to `to`? Refuses moves the lifecycle does not allow, sends
 * the hand-off move (MQL → SAL/SQL) to acceptHandOff, and lists every unmet criterion: the exit
 * criteria of `from` (for moves along the funnel), the entry and exit criteria of every stage the
 * move skips, the entry criteria of `to`, and the hand-off step when the move jumps over it.
 */
export function evaluateTransition(
  contact: Contact,
  context: TransitionContext,
  from: string,
  to: string,
  definition: LifecycleDefinition,
): TransitionEvaluation {
  const source = findStage(definition, from);
  const target = findStage(definition, to);
  if (!source || !target) return { ok: false, reason: 'unknown_stage' };
  if (from === to) return { ok: false, reason: 'same_stage' };
  if (!source.allowedNext.includes(to)) return { ok: false, reason: 'not_allowed' };
  if (from === definition.handOffStageId && to === definition.acceptedStageId) return { ok: false, reason: 'hand_off_required' };
  const alongFunnel = target.kind === 'funnel';
  const unmet = alongFunnel ? unmetCriteria(source.exitCriteria, contact, context, source.id) : [];
  const notChecked: NotCheckedCriterion[] = [];
  for (const passed of stagesPassed(definition, from, to)) {
    unmet.push(...unmetCriteria(passed.entryCriteria, contact, context, passed.id), ...unmetCriteria(passed.exitCriteria, contact, context, passed.id));
    notChecked.push(...notCheckedCriteria(passed.entryCriteria, context, passed.id));
  }
  unmet.push(...unmetCriteria(target.entryCriteria, contact, context, target.id));
  notChecked.push(...notCheckedCriteria(target.entryCriteria, context, target.id));
  if (alongFunnel && skipsHandOff(definition, from, to))
    unmet.push({
      criterion: { kind: 'hand_off_step' },
      // Sales' accept is what the accepted stage asks for; the hand-off stage is where to go first.
      stageId: definition.acceptedStageId,
      item: 'handOffStep',
      messageKey: 'criterion.hand_off_step',
      values: { handOffStage: definition.handOffStageId },
    });
  return unmet.length === 0 ? { ok: true, notChecked } : { ok: false, reason: 'criteria', unmet, notChecked };
}

/** Stages the contact may be moved to next, each with what (if anything) still blocks it. */
export function nextStages(
  contact: Contact,
  context: TransitionContext,
  definition: LifecycleDefinition,
): { stage: LifecycleStage; evaluation: TransitionEvaluation }[] {
  const current = findStage(definition, contact.lifecycleStage);
  if (!current) return [];
  return current.allowedNext
    .map((id) => findStage(definition, id))
    .filter((s): s is LifecycleStage => s !== undefined)
    .map((stage) => ({ stage, evaluation: evaluateTransition(contact, context, current.id, stage.id, definition) }));
}
