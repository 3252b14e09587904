import type { Contact } from '../model/contact';
import type { LifecycleDefinition } from '../model/lifecycle';
import type { TransitionContext, UnmetCriterion } from './criteria';
import { evaluateTransition, findStage, funnelIds } from './evaluate-transition';

export type AlmostQualified = { contactId: string; missing: UnmetCriterion };

/** Is the contact still on marketing's side of the hand-off (before it on the funnel, or recycled)? */
export function beforeHandOff(definition: LifecycleDefinition, stageId: string): boolean {
  const funnel = funnelIds(definition);
  const index = funnel.indexOf(stageId);
  return index >= 0 ? index < funnel.indexOf(definition.handOffStageId) : findStage(definition, stageId)?.kind === 'recycled';
}

/**
 * "Almost qualified": contacts before the hand-off stage whose hand-off measure already reaches
 * the threshold but whose move to the hand-off stage misses exactly one criterion (often one
 * profile field). Marketing completes that one thing, and the lead can be handed off.
 */
export function almostQualified(candidates: readonly { contact: Contact; context: TransitionContext }[], definition: LifecycleDefinition): AlmostQualified[] {
  if (!findStage(definition, definition.handOffStageId)) return [];
  const result: AlmostQualified[] = [];
  for (const { contact, context } of candidates) {
    if (!beforeHandOff(definition, contact.lifecycleStage) || context.scores.handOffMeasure < context.handOffThreshold) continue;
    const evaluation = evaluateTransition(contact, context, contact.lifecycleStage, definition.handOffStageId, definition);
    if (evaluation.ok || evaluation.reason !== 'criteria') continue;
    // A skipped stage may ask for the same thing as the hand-off stage (consent): one missing thing, asked twice.
    const items = new Set(evaluation.unmet.map((u) => u.item));
    if (items.size === 1) result.push({ contactId: contact.id, missing: evaluation.unmet[evaluation.unmet.length - 1]! });
  }
  return result;
}
