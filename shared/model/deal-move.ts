import { z } from 'zod';
import { recordFields, timestampSchema } from './record';

/**
 * One line of a deal's stage history: time in each stage and the pipeline's conversion are computed
 * from these, as the contact funnel is from its transition log.
 */
export const dealMoveSchema = z.object({
  ...recordFields,
  dealId: z.string(),
  pipelineId: z.string(),
  /** null for the deal's first stage (creation). */
  from: z.string().nullable(),
  to: z.string(),
  at: timestampSchema,
  byMemberId: z.string().nullable(),
});
export type DealMove = z.infer<typeof dealMoveSchema>;
