import { z } from 'zod';
import { recycleReasonSchema } from './identifiers';
import { stageIdSchema } from './lifecycle';
import { recordFields, timestampSchema } from './record';

/** One line of the transition log: funnel metrics are computed from these, never from labels. */
export const stageTransitionSchema = z.object({
  ...recordFields,
  contactId: z.string(),
  /** null for the contact's first stage (creation). */
  from: stageIdSchema.nullable(),
  to: stageIdSchema,
  at: timestampSchema,
  byMemberId: z.string().nullable(),
  kind: z.enum(['created', 'move', 'hand_off_accepted', 'hand_off_rejected', 'recycle', 'automatic']),
  reason: z.string().nullable(),
  recycleReason: recycleReasonSchema.nullable(),
  /** The move failed its entry criteria and an authorised person forced it. */
  override: z.boolean(),
});
export type StageTransition = z.infer<typeof stageTransitionSchema>;
