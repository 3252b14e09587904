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
