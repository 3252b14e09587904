import type { Contact } from '../model/contact';
import type { LifecycleDefinition, LifecycleStage } from '../model/lifecycle';
import { unmetCriteria, type TransitionContext, type UnmetCriterion } from './criteria';

export type TransitionEvaluation =
  | { ok: true }
  | { ok: false; reason: 'unknown_stage' | 'same_stage' | 'not_allowed' | 'hand_off_required' }
  | { ok: false; reason: 'criteria'; unmet: UnmetCriterion[] };

export const findStage = (definition: LifecycleDefinition, id: string): LifecycleStage | undefined => definition.stages.find((s) => s.id === id);

/**
 * May the contact move from `from` to `to`? Refuses moves the lifecycle does not allow, sends
 * the hand-off move (MQL → SAL/SQL) to acceptHandOff, and lists every unmet criterion: the exit
 * criteria of `from` (for moves along the funnel) and the entry criteria of `to`.
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
  const exit = target.kind === 'funnel' ? unmetCriteria(source.exitCriteria, contact, context) : [];
  const unmet = [...exit, ...unmetCriteria(target.entryCriteria, contact, context)];
  return unmet.length === 0 ? { ok: true } : { ok: false, reason: 'criteria', unmet };
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
