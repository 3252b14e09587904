import { z } from 'zod';
import { currencySchema, recycleReasonSchema } from './identifiers';
import { customFieldsSchema, recordFields, timestampSchema } from './record';

export const dealSchema = z.object({
  ...recordFields,
  title: z.string().trim().min(1),
  pipelineId: z.string(),
  stageId: z.string(),
  amount: z.number().nonnegative().nullable(),
  currency: currencySchema,
  expectedCloseDate: timestampSchema.nullable(),
  ownerId: z.string().nullable(),
  contactIds: z.array(z.string()),
  /** First contact, indexed so a record page finds its deals quickly. */
  primaryContactId: z.string().nullable(),
  companyId: z.string().nullable(),
  /** Overrides the stage's probability when set (0–1). */
  probability: z.number().min(0).max(1).nullable(),
  status: z.enum(['open', 'won', 'lost']),
  lostReason: recycleReasonSchema.nullable(),
  stageEnteredAt: timestampSchema,
  /** Last call, email, meeting or note on the deal: resets the rotting clock. */
  lastActivityAt: timestampSchema.nullable(),
  closedAt: timestampSchema.nullable(),
  customFields: customFieldsSchema,
});
export type Deal = z.infer<typeof dealSchema>;
