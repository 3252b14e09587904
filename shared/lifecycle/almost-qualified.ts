import type { Contact } from '../model/contact';
import type { LifecycleDefinition } from '../model/lifecycle';
import { unmetCriteria, type TransitionContext, type UnmetCriterion } from './criteria';
import { findStage } from './evaluate-transition';

export type AlmostQualified = { contactId: string; missing: UnmetCriterion };

/**
 * "Almost qualified": contacts before the hand-off stage whose engagement already reaches the
 * threshold but who miss exactly one hand-off criterion (often one profile field). Marketing
 * completes that one thing, and the lead can be handed off.
 */
export function almostQualified(candidates: readonly { contact: Contact; context: TransitionContext }[], definition: LifecycleDefinition): AlmostQualified[] {
  const handOff = findStage(definition, definition.handOffStageId);
  if (!handOff) return [];
  const funnel = definition.stages.filter((s) => s.kind === 'funnel').map((s) => s.id);
  const handOffIndex = funnel.indexOf(handOff.id);
  const result: AlmostQualified[] = [];
  for (const { contact, context } of candidates) {
    const index = funnel.indexOf(contact.lifecycleStage);
    const beforeHandOff = index >= 0 ? index < handOffIndex : findStage(definition, contact.lifecycleStage)?.kind === 'recycled';
    if (!beforeHandOff || context.scores.engagement < context.handOffThreshold) continue;
    const unmet = unmetCriteria(handOff.entryCriteria, contact, context);
    if (unmet.length === 1) result.push({ contactId: contact.id, missing: unmet[0]! });
  }
  return result;
}
