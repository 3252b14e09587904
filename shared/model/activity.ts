import { z } from 'zod';
import { activityTypeSchema } from './identifiers';
import { recordFields, timestampSchema } from './record';

/** A behaviour event or a logged touch on a contact (and optionally a deal). */
export const activitySchema = z.object({
  ...recordFields,
  contactId: z.string(),
  dealId: z.string().nullable(),
  type: activityTypeSchema,
  at: timestampSchema,
  /** For page visits: the URL; scoring rules match URL patterns against it. */
  url: z.string().nullable(),
  /** Time on page for page visits, in seconds. */
  seconds: z.number().nonnegative().nullable(),
  /** Form id, email campaign, note text… free metadata by type. */
  meta: z.record(z.string(), z.string()),
  byMemberId: z.string().nullable(),
});
export type Activity = z.infer<typeof activitySchema>;
