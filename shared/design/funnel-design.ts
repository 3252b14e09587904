import { z } from 'zod';
import { roleSchema, type Role } from '../model/identifiers';
import { lifecycleDefinitionSchema } from '../model/lifecycle';
import { pipelineSchema } from '../model/pipeline';
import { recordFields } from '../model/record';
import { routingRuleSchema } from '../model/routing-rule';
import { scoringModelSchema } from '../model/scoring-model';
import { teamMemberSchema } from '../model/team-member';

const stamps = { createdAt: true, updatedAt: true, deletedAt: true } as const;
const record = { id: true, ...stamps } as const;

/** The role metrics a team sets itself targets on (DOMAIN.md §5, "The Model": each role its own intermediate metric). */
export const roleKpiMetrics = [
  'new_leads',
  'mqls',
  'meetings',
  'sqls',
  'follow_up_hours',
  'opportunities',
  'wins',
  'won_amount',
  'win_rate',
  'outbound_meetings',
  'retention_rate',
] as const;
export const roleKpiMetricSchema = z.enum(roleKpiMetrics);
export type RoleKpiMetric = z.infer<typeof roleKpiMetricSchema>;

/** Which role each metric measures, so an editor offers only a role's own metrics. */
export const roleOfKpi: Record<RoleKpiMetric, Role> = {
  new_leads: 'marketing',
  mqls: 'marketing',
  meetings: 'sdr',
  sqls: 'sdr',
  follow_up_hours: 'sdr',
  opportunities: 'ae',
  wins: 'ae',
  won_amount: 'ae',
  win_rate: 'ae',
  outbound_meetings: 'ebr',
  retention_rate: 'csm',
};

/** A target on one metric: counts and amounts per period, rates 0–1, follow-up in working hours (at most). */
export const roleKpiTargetSchema = z.object({
  metric: roleKpiMetricSchema,
  target: z.number().nonnegative(),
  period: z.enum(['month', 'quarter']),
});
export type RoleKpiTarget = z.infer<typeof roleKpiTargetSchema>;

/** One role of the team with the targets it is measured by. */
export const rolePlanSchema = z.object({ role: roleSchema, kpis: z.array(roleKpiTargetSchema) });
export type RolePlan = z.infer<typeof rolePlanSchema>;

/** The live store of a role's targets in a workspace (one record per role). */
export const roleTargetsSchema = z.object({ ...recordFields, ...rolePlanSchema.shape });
export type RoleTargets = z.infer<typeof roleTargetsSchema>;

/** A seat of the team as a design knows it: who takes which role (no e-mail: a design is handed to clients). */
export const designMemberSchema = teamMemberSchema.pick({
  id: true,
  name: true,
  role: true,
  territory: true,
  capacity: true,
  active: true,
  quota: true,
  admin: true,
});
export type DesignMember = z.infer<typeof designMemberSchema>;

export const designLifecycleSchema = lifecycleDefinitionSchema.omit(record);
export const designScoringModelSchema = scoringModelSchema.omit(record);
export const designRoutingRuleSchema = routingRuleSchema.omit(stamps);
export const designPipelineSchema = pipelineSchema.omit(stamps);

/**
 * A funnel design as a document (DOMAIN.md §7): the lifecycle with its SLAs and volume SLAs, the
 * scoring model (hand-off threshold, BANT weights), routing rules, pipelines, the team's seats and
 * each role's targets. No customer data: contacts, companies, deals and activities never enter it.
 */
export const funnelDesignSchema = z.object({
  lifecycle: designLifecycleSchema,
  scoringModel: designScoringModelSchema,
  routingRules: z.array(designRoutingRuleSchema),
  pipelines: z.array(designPipelineSchema).min(1),
  team: z.array(designMemberSchema),
  roles: z.array(rolePlanSchema),
});
export type FunnelDesign = z.infer<typeof funnelDesignSchema>;
export type DesignLifecycle = FunnelDesign['lifecycle'];
export type DesignScoringModel = FunnelDesign['scoringModel'];
export type DesignRoutingRule = FunnelDesign['routingRules'][number];
export type DesignPipeline = FunnelDesign['pipelines'][number];
