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
  /** The members whose territory matches the company's country or region; least loaded first. */
  z.object({ kind: z.literal('territory'), memberIds: z.array(z.string()).min(1) }),
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
 * The last person a round-robin rule gave a lead to, and where that person stood in the list then.
 * The person decides who is next; the position only serves when that person has left the list,
 * so removing someone never gives the same rep two leads in a row.
 */
export const roundRobinCursorSchema = z.object({ memberId: z.string(), index: z.number().int().nonnegative() });
export type RoundRobinCursor = z.infer<typeof roundRobinCursorSchema>;

/**
 * Round-robin cursors and weighted-round-robin credits per rule. Plain data, returned with every
 * routing decision and stored in the workspace settings, so fairness survives restarts and sync.
 */
export const routingStateSchema = z.object({
  roundRobin: z.record(z.string(), roundRobinCursorSchema),
  weighted: z.record(z.string(), z.record(z.string(), z.number())),
});
export type RoutingState = z.infer<typeof routingStateSchema>;
export const emptyRoutingState = (): RoutingState => ({ roundRobin: {}, weighted: {} });
