import { z } from 'zod';
import { roleSchema } from './identifiers';
import { recordFields } from './record';
import { workingCalendarSchema } from './workspace-meta';

export const teamMemberSchema = z.object({
  ...recordFields,
  name: z.string().trim().min(1),
  email: z.email().nullable(),
  role: roleSchema,
  territory: z.string().nullable(),
  /** Most open leads this person may hold; routing skips people at capacity. null = unlimited. */
  capacity: z.number().int().positive().nullable(),
  active: z.boolean(),
  quota: z.number().nonnegative().nullable(),
  /** Workspace admins may override any stage move and decide any hand-off. */
  admin: z.boolean(),
  /** The member's own working days and hours; absent = the workspace's calendar. Older records have none. */
  calendar: workingCalendarSchema.optional(),
});
export type TeamMember = z.infer<typeof teamMemberSchema>;
