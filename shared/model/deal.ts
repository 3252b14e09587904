import { z } from 'zod';
import { currencySchema, recycleReasonSchema } from './identifiers';
import { customFieldsSchema, recordFields, timestampSchema } from './record';

/** A thousand billion in any currency: more is a typo (or a test of the input), never a deal. */
export const dealAmountMax = 1_000_000_000_000;

export const dealSchema = z.object({
  ...recordFields,
  title: z.string().trim().min(1).max(200),
  pipelineId: z.string(),
  stageId: z.string(),
  amount: z.number().nonnegative().max(dealAmountMax).nullable(),
  currency: currencySchema,
  expectedCloseDate: timestampSchema.nullable(),
  ownerId: z.string().nullable(),
  contactIds: z.array(z.string()),
  /** First contact, indexed so a record page finds its deals quickly. */
  primaryContactId: z.string().nullable(),
  companyId: z.string().nullable(),
  /** Where the deal came from: its first contact's lead source when it was created; the board filters by it. */
  source: z.string().trim().max(100).nullable(),
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
