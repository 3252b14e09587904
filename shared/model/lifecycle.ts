import { z } from 'zod';
import { fieldConditionSchema } from './condition';
import { activityTypeSchema, roleSchema } from './identifiers';
import { recordFields } from './record';

/** Stage ids are slugs: the canonical ones of DOMAIN.md §9, or a custom lifecycle's own. */
export const stageIdSchema = z.string().regex(/^[a-z][a-z0-9_]*$/, 'lower-case slug');

/** A criterion a contact must meet to enter (or leave) a stage. Data, not code. */
export const stageCriterionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('consent_present') }),
  z.object({ kind: z.literal('persona_assigned') }),
  z.object({ kind: z.literal('icp_fit_at_least'), min: z.number().min(0).max(100) }),
  /** `min: null` means the scoring model's hand-off threshold. */
  z.object({ kind: z.literal('engagement_at_least'), min: z.number().nullable() }),
  z.object({ kind: z.literal('bant_at_least'), min: z.number().min(0).max(100) }),
  z.object({ kind: z.literal('field'), condition: fieldConditionSchema }),
  z.object({ kind: z.literal('activity_present'), activityTypes: z.array(activityTypeSchema).min(1) }),
  z.object({ kind: z.literal('deal_amount_present') }),
  z.object({ kind: z.literal('deal_close_date_present') }),
  z.object({ kind: z.literal('deal_won') }),
]);
export type StageCriterion = z.infer<typeof stageCriterionSchema>;

export const lifecycleStageSchema = z.object({
  id: stageIdSchema,
  /** null: show the translated default name for a canonical id. */
  name: z.string().nullable(),
  kind: z.enum(['funnel', 'recycled', 'disqualified']),
  definition: z.string(),
  entryCriteria: z.array(stageCriterionSchema),
  exitCriteria: z.array(stageCriterionSchema),
  ownerRole: roleSchema.nullable(),
  /** Working hours the owner has to act on a contact entering this stage; null = no SLA. */
  slaHours: z.number().positive().nullable(),
  allowedNext: z.array(stageIdSchema),
  content: z.array(z.string()),
});
export type LifecycleStage = z.infer<typeof lifecycleStageSchema>;

export const lifecycleDefinitionSchema = z.object({
  ...recordFields,
  name: z.string().min(1),
  stages: z.array(lifecycleStageSchema).min(2),
  /** The stage whose entry is the marketing → sales hand-off (default `mql`). */
  handOffStageId: stageIdSchema,
  /** Where an accepted hand-off goes (default `sql`). */
  acceptedStageId: stageIdSchema,
});
export type LifecycleDefinition = z.infer<typeof lifecycleDefinitionSchema>;
