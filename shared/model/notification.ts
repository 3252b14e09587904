import { z } from 'zod';
import { recordFields } from './record';

/** Something a person or a role should look at: a hand-off routed to them, a threshold action, a list addition. */
export const notificationSchema = z.object({
  ...recordFields,
  kind: z.enum(['hand_off', 'threshold', 'added_to_list', 'routing_fallback']),
  /** A person, or everyone with a role (the scoring model's `notify` action names a role). */
  memberId: z.string().nullable(),
  role: z.string().nullable(),
  contactId: z.string().nullable(),
  /** List name for `added_to_list`; for `routing_fallback`, why no rule placed the lead (`no_match`, `no_one_available`). */
  detail: z.string().nullable(),
  readAt: z.number().int().nonnegative().nullable(),
});
export type Notification = z.infer<typeof notificationSchema>;
