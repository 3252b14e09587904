import { z } from 'zod';
import { currencySchema } from './identifiers';
import { recordFields } from './record';
import { routingStateSchema } from './routing-rule';

export const workingCalendarSchema = z.object({
  timeZone: z.string(),
  /** 0 = Sunday … 6 = Saturday. */
  workingDays: z.array(z.number().int().min(0).max(6)),
  startHour: z.number().min(0).max(24),
  endHour: z.number().min(0).max(24),
  /** Holidays as YYYY-MM-DD in the calendar's time zone. */
  holidays: z.array(z.string().regex(/^\d{4}-\d{2}-\d{2}$/)),
});
export type WorkingCalendar = z.infer<typeof workingCalendarSchema>;

/** The single settings record of a workspace database. */
export const workspaceMetaSchema = z.object({
  ...recordFields,
  name: z.string().trim().min(1),
  locale: z.enum(['ko', 'en']),
  currency: currencySchema,
  calendar: workingCalendarSchema,
  activeLifecycleId: z.string().nullable(),
  activeScoringModelId: z.string().nullable(),
  activeIcpId: z.string().nullable(),
  /** Made by the demo generator: the UI marks it so nobody mistakes it for real data. */
  isDemo: z.boolean(),
  routingState: routingStateSchema,
});
export type WorkspaceMeta = z.infer<typeof workspaceMetaSchema>;
