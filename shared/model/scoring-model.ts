import { z } from 'zod';
import { fieldConditionSchema } from './condition';
import { activityTypeSchema } from './identifiers';
import { recordFields, timestampSchema } from './record';

/** Points for behaviour: one rule per kind of activity (optionally narrowed by URL, time, form). */
export const engagementRuleSchema = z.object({
  id: z.string().min(1),
  label: z.string(),
  activityType: activityTypeSchema,
  /** Substring the activity URL must contain (page visits), e.g. `/pricing`. */
  urlContains: z.string().nullable(),
  minSeconds: z.number().nonnegative().nullable(),
  formId: z.string().nullable(),
  points: z.number(),
  frequency: z.enum(['each', 'once']),
  /** Most points (in absolute value) this rule may give one contact; null = no cap. */
  cap: z.number().nonnegative().nullable(),
  /** Points halve every `halfLifeDays` of the activity's age; null = no decay. */
  halfLifeDays: z.number().positive().nullable(),
  activeFrom: timestampSchema.nullable(),
  activeTo: timestampSchema.nullable(),
});
export type EngagementRule = z.infer<typeof engagementRuleSchema>;

export const fitRuleSchema = z.object({
  id: z.string().min(1),
  label: z.string(),
  condition: fieldConditionSchema,
  points: z.number(),
});
export type FitRule = z.infer<typeof fitRuleSchema>;

export const bantWeightsSchema = z
  .object({
    budget: z.number().min(0).max(100),
    authority: z.number().min(0).max(100),
    need: z.number().min(0).max(100),
    timeframe: z.number().min(0).max(100),
  })
  .refine((w) => Math.abs(w.budget + w.authority + w.need + w.timeframe - 100) < 1e-9, {
    message: 'BANT weights must add up to 100%',
  });
export type BantWeights = z.infer<typeof bantWeightsSchema>;

export const thresholdActionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('change_stage'), stageId: z.string() }),
  z.object({ kind: z.literal('route') }),
  z.object({ kind: z.literal('create_task'), title: z.string(), dueInHours: z.number().positive() }),
  z.object({ kind: z.literal('add_to_list'), list: z.string() }),
  z.object({ kind: z.literal('notify'), role: z.string() }),
]);
export type ThresholdAction = z.infer<typeof thresholdActionSchema>;

/** Which measures the hand-off threshold is compared against, and how they are combined. */
export const handOffMeasureSchema = z.object({
  engagement: z.number().min(0),
  fit: z.number().min(0),
  bant: z.number().min(0),
});

export const scoringModelSchema = z.object({
  ...recordFields,
  name: z.string().min(1),
  engagementRules: z.array(engagementRuleSchema),
  fitRules: z.array(fitRuleSchema),
  /** Weight of the ICP fit (0–100) inside the fit score, 0 to ignore the ICP. */
  icpWeight: z.number().min(0).max(1),
  /** Lowest engagement score a contact can have (negative rules stop here); null = no floor. Default 0. */
  engagementFloor: z.number().nullable(),
  bantWeights: bantWeightsSchema,
  handOffThreshold: z.number(),
  handOffMeasure: handOffMeasureSchema,
  thresholdActions: z.array(thresholdActionSchema),
});
export type ScoringModel = z.infer<typeof scoringModelSchema>;
