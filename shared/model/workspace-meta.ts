import { z } from 'zod';
import { currencySchema } from './identifiers';
import { recordFields } from './record';
import { routingStateSchema } from './routing-rule';

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Working days and hours SLAs are counted in. A calendar without working time would give no deadline, so it is refused. */
export const workingCalendarSchema = z
  .object({
    timeZone: z.string().refine(isTimeZone, 'unknown time zone'),
    /** 0 = Sunday … 6 = Saturday. */
    workingDays: z
      .array(z.number().int().min(0).max(6))
      .min(1, 'at least one working day')
      .refine((days) => new Set(days).size === days.length, 'a working day is listed twice'),
    startHour: z.number().min(0).max(24),
    endHour: z.number().min(0).max(24),
    /** Holidays as YYYY-MM-DD in the calendar's time zone. */
    holidays: z.array(z.string().regex(/^\d{4}-\d{2}-\d{2}$/)),
  })
  .refine((c) => c.startHour < c.endHour, { message: 'the working day must start before it ends', path: ['endHour'] });
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
