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
  /** `min: null` means the active ICP's own threshold ("in ICP"); with no ICP defined the criterion is not checked. */
  z.object({ kind: z.literal('icp_fit_at_least'), min: z.number().min(0).max(100).nullable() }),
  z.object({ kind: z.literal('engagement_at_least'), min: z.number() }),
  /** The scoring model's hand-off measure (weighted engagement, fit, BANT) reaches its threshold: the one "ready" test. */
  z.object({ kind: z.literal('hand_off_ready') }),
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

/** Who gets a hand-off that no routing rule places (DOMAIN.md §4): a named member, or the hand-off stage owner's pool. */
export const handOffFallbackSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('member'), memberId: z.string().min(1) }),
  z.object({ kind: z.literal('owner_pool') }),
]);
export type HandOffFallback = z.infer<typeof handOffFallbackSchema>;

/** A volume promise between roles (DOMAIN.md §5): e.g. marketing delivers N MQLs per quarter. */
export const volumeSlaSchema = z.object({
  id: z.string().min(1),
  stageId: stageIdSchema,
  ownerRole: roleSchema,
  count: z.number().int().positive(),
  period: z.enum(['month', 'quarter']),
});
export type VolumeSla = z.infer<typeof volumeSlaSchema>;

export const lifecycleDefinitionSchema = z.object({
  ...recordFields,
  name: z.string().min(1),
  stages: z.array(lifecycleStageSchema).min(2),
  /** The stage whose entry is the marketing → sales hand-off (default `mql`). */
  handOffStageId: stageIdSchema,
  /** Where an accepted hand-off goes (default `sql`). */
  acceptedStageId: stageIdSchema,
  /** Roles that accept or reject hand-offs (admins always may). */
  handOffRoles: z.array(roleSchema).min(1),
  /**
   * Roles that may override a refused move, besides workspace admins and the owner role of the
   * stage the contact is moved to.
   */
  overrideRoles: z.array(roleSchema),
  handOffFallback: handOffFallbackSchema,
  volumeSlas: z.array(volumeSlaSchema),
});
export type LifecycleDefinition = z.infer<typeof lifecycleDefinitionSchema>;
