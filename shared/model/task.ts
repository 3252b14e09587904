import { z } from 'zod';
import { recordFields, timestampSchema } from './record';

export const taskSchema = z.object({
  ...recordFields,
  title: z.string().trim().min(1),
  kind: z.enum(['follow_up', 'call', 'email', 'meeting', 'todo']),
  contactId: z.string().nullable(),
  dealId: z.string().nullable(),
  ownerId: z.string().nullable(),
  dueAt: timestampSchema.nullable(),
  /** Set when the task was created by a hand-off: the SLA the follow-up must meet. */
  slaDeadline: timestampSchema.nullable(),
  doneAt: timestampSchema.nullable(),
});
export type Task = z.infer<typeof taskSchema>;
