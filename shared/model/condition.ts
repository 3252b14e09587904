import { z } from 'zod';

/**
 * A condition on one field of a contact (or its company: `company.industry`, or a custom field:
 * `customFields.plan`). Shared by fit rules, routing rules and lifecycle criteria so that one
 * evaluator and one editor serve all three.
 */
export const fieldConditionSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('equals'), field: z.string().min(1), value: z.union([z.string(), z.number(), z.boolean()]) }),
  z.object({ op: z.literal('not_equals'), field: z.string().min(1), value: z.union([z.string(), z.number(), z.boolean()]) }),
  z.object({ op: z.literal('contains'), field: z.string().min(1), value: z.string() }),
  z.object({ op: z.literal('in_list'), field: z.string().min(1), values: z.array(z.string()).min(1) }),
  z.object({ op: z.literal('range'), field: z.string().min(1), min: z.number().nullable(), max: z.number().nullable() }),
  z.object({ op: z.literal('is_empty'), field: z.string().min(1) }),
  z.object({ op: z.literal('not_empty'), field: z.string().min(1) }),
  z.object({ op: z.literal('regex'), field: z.string().min(1), pattern: z.string().min(1) }),
  /** Any of these words or phrases as whole words ("cto" is not in "Director"); Korean titles by compound part (팀장 in 영업팀장). */
  z.object({ op: z.literal('any_word'), field: z.string().min(1), values: z.array(z.string().min(1)).min(1) }),
]);
export type FieldCondition = z.infer<typeof fieldConditionSchema>;
