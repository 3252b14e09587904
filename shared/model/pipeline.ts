import { z } from 'zod';
import { recordFields } from './record';

/** Facts a pipeline stage can require of a deal entering it. */
export const dealRequirements = ['amount', 'close_date'] as const;
export const dealRequirementSchema = z.enum(dealRequirements);
export type DealRequirement = z.infer<typeof dealRequirementSchema>;

export const pipelineStageSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  /** Win probability 0–1. */
  probability: z.number().min(0).max(1),
  /** Days a deal may sit idle in this stage before it is flagged as rotting; null = never. */
  rottingDays: z.number().int().positive().nullable(),
  /** Terminal outcome the stage stands for, if any. */
  outcome: z.enum(['open', 'won', 'lost']),
  /** What a deal must have to enter the stage; the board asks for it at the drop instead of failing. */
  requires: z.array(dealRequirementSchema),
  /** Hidden from the board and closed to new deals; only an empty stage can be archived. */
  archived: z.boolean(),
});
export type PipelineStage = z.infer<typeof pipelineStageSchema>;

export const pipelineSchema = z.object({
  ...recordFields,
  name: z.string().min(1),
  kind: z.enum(['sales', 'opportunity']),
  stages: z.array(pipelineStageSchema).min(2),
});
export type Pipeline = z.infer<typeof pipelineSchema>;
