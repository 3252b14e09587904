import type { Contact } from '../model/contact';
import type { Deal } from '../model/deal';
import type { LifecycleDefinition } from '../model/lifecycle';
import type { Timestamp } from '../model/record';
import { applyTransition, type TransitionResult } from './apply-transition';
import type { TransitionContext } from './criteria';
import { findStage, funnelIds } from './evaluate-transition';

export type DealOutcome = 'won' | 'lost' | 'stalled';

/**
 * What a deal's outcome does to one of its contacts (DOMAIN.md §1, §3), through the lifecycle
 * engine: a won deal moves the contact to the last funnel stage (Customer); a lost or stalled
 * deal recycles it with the deal's lost reason (or `opportunity_lost` / `stalled`) — unless the
 * contact still has another open deal, or is already out of play. null: nothing to do.
 */
export function dealOutcomeTransition(
  contact: Contact,
  deal: Pick<Deal, 'id' | 'lostReason'>,
  outcome: DealOutcome,
  definition: LifecycleDefinition,
  context: TransitionContext,
  otherOpenDeals: number,
  at: Timestamp,
  by: string | null,
): TransitionResult | null {
  const current = findStage(definition, contact.lifecycleStage);
  if (!current || contact.deletedAt !== null) return null;
  if (outcome === 'won') {
    const customer = funnelIds(definition).at(-1)!;
    if (contact.lifecycleStage === customer) return null;
    return applyTransition(contact, { to: customer, at, by, reason: null, kind: 'move' }, definition, context);
  }
  if (otherOpenDeals > 0 || current.kind !== 'funnel') return null;
  const recycled = definition.stages.find((s) => s.kind === 'recycled');
  if (!recycled) return null;
  const recycleReason = deal.lostReason ?? (outcome === 'stalled' ? 'stalled' : 'opportunity_lost');
  return applyTransition(contact, { to: recycled.id, at, by, recycleReason, reason: null, kind: 'recycle' }, definition, context);
}
