import { z } from 'zod';
import { recordFields } from './record';

/** One weighted firmographic criterion of the ideal customer profile. */
export const icpCriterionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('in_list'), field: z.string(), values: z.array(z.string()).min(1), weight: z.number().nonnegative() }),
  z.object({
    kind: z.literal('range'),
    field: z.string(),
    min: z.number().nullable(),
    max: z.number().nullable(),
    weight: z.number().nonnegative(),
  }),
  z.object({ kind: z.literal('has_any'), field: z.string(), values: z.array(z.string()).min(1), weight: z.number().nonnegative() }),
]);
export type IcpCriterion = z.infer<typeof icpCriterionSchema>;

export const icpSchema = z.object({
  ...recordFields,
  name: z.string().min(1),
  criteria: z.array(icpCriterionSchema),
  /** Fit (0–100) at or above which a company is "in ICP". */
  threshold: z.number().min(0).max(100),
});
export type Icp = z.infer<typeof icpSchema>;
