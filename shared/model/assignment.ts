import { z } from 'zod';
import { recordFields, timestampSchema } from './record';

/** Who got a contact, when and why: routing decisions and manual reassignments, shown in the timeline. */
export const assignmentSchema = z.object({
  ...recordFields,
  contactId: z.string(),
  at: timestampSchema,
  fromOwnerId: z.string().nullable(),
  toOwnerId: z.string().nullable(),
  /** The routing rule that decided, when a rule did. */
  ruleId: z.string().nullable(),
  reason: z.enum(['rule', 'fallback', 'manual']),
  byMemberId: z.string().nullable(),
});
export type Assignment = z.infer<typeof assignmentSchema>;
