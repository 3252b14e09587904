import { z } from 'zod';
import { fieldConditionSchema } from './condition';
import { recordFields } from './record';

export const routingTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('person'), memberId: z.string() }),
  z.object({ kind: z.literal('round_robin'), memberIds: z.array(z.string()).min(1) }),
  z.object({ kind: z.literal('least_loaded'), memberIds: z.array(z.string()).min(1) }),
  z.object({
    kind: z.literal('weighted_round_robin'),
    weights: z.array(z.object({ memberId: z.string(), weight: z.number().positive() })).min(1),
  }),
]);
export type RoutingTarget = z.infer<typeof routingTargetSchema>;

/** Ordered hand-off routing rule: all conditions must hold; the first matching rule wins. */
export const routingRuleSchema = z.object({
  ...recordFields,
  name: z.string().min(1),
  order: z.number().int(),
  active: z.boolean(),
  conditions: z.array(fieldConditionSchema),
  target: routingTargetSchema,
});
export type RoutingRule = z.infer<typeof routingRuleSchema>;

/**
 * Round-robin positions and weighted-round-robin credits per rule. Plain data, returned with every
 * routing decision and stored in the workspace settings, so fairness survives restarts and sync.
 */
export const routingStateSchema = z.object({
  roundRobin: z.record(z.string(), z.number().int()),
  weighted: z.record(z.string(), z.record(z.string(), z.number())),
});
export type RoutingState = z.infer<typeof routingStateSchema>;
export const emptyRoutingState = (): RoutingState => ({ roundRobin: {}, weighted: {} });
