import { z } from 'zod';
import { roleSchema } from '../model/identifiers';
import { stageIdSchema } from '../model/lifecycle';
import { timestampSchema } from '../model/record';

/** A half-open period [from, to), as `DateRange`. */
export const funnelRangeSchema = z.object({ from: timestampSchema, to: timestampSchema });

/**
 * Report filters. Within one filter any listed value matches (null = none set, e.g. unassigned);
 * different filters must all match. Roles are the owner's team role; the pipeline filter keeps
 * contacts with a deal in that pipeline.
 */
export const funnelFiltersSchema = z.object({
  ownerIds: z.array(z.string().nullable()).optional(),
  roles: z.array(roleSchema).optional(),
  sources: z.array(z.string().nullable()).optional(),
  personaIds: z.array(z.string().nullable()).optional(),
  tags: z.array(z.string()).optional(),
  pipelineId: z.string().optional(),
});
export type FunnelFilters = z.infer<typeof funnelFiltersSchema>;

/**
 * What the funnel page asks for. `activity`: what happened in the period (entries, moves).
 * `cohort`: the contacts whose first log line (entry into the lifecycle, at whatever stage) falls
 * in the period, followed until now. `compare: 'previous_period'` adds the same figures for the
 * period of the same length just before. `handOffStageId` asks for the hand-off SLA wait facts,
 * judged at `now` for contacts still waiting.
 */
export const funnelQuerySchema = z.object({
  range: funnelRangeSchema,
  view: z.enum(['cohort', 'activity']),
  filters: funnelFiltersSchema,
  compare: z.enum(['previous_period', 'none']),
  handOffStageId: stageIdSchema.optional(),
  now: timestampSchema.optional(),
});
export type FunnelQuery = z.infer<typeof funnelQuerySchema>;

const period = z.enum(['current', 'previous']);

/** A clickable figure of the report: a stage bar, a conversion step (either side), a flow link or the SLA fact. */
export const funnelSelectorSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('stage'), period, stageId: stageIdSchema }),
  z.object({ kind: z.literal('conversion'), period, from: stageIdSchema, to: stageIdSchema, part: z.enum(['entered', 'converted']) }),
  z.object({ kind: z.literal('link'), period, from: stageIdSchema.nullable(), to: stageIdSchema }),
  z.object({ kind: z.literal('hand_off'), period, part: z.enum(['entered', 'breached']) }),
]);
export type FunnelSelector = z.infer<typeof funnelSelectorSchema>;

/** The period of the same length immediately before. */
export const previousRange = (range: { from: number; to: number }) => ({ from: range.from - (range.to - range.from), to: range.from });
