import { z } from 'zod';

/** Canonical lifecycle stage ids (DOMAIN.md §9). Order is the funnel order. */
export const funnelStageIds = ['prospect', 'subscriber', 'lead', 'mql', 'sql', 'opportunity', 'customer'] as const;
/** Side states: off the main funnel but first-class lists. */
export const sideStageIds = ['recycled', 'disqualified'] as const;
export const lifecycleStageIds = [...funnelStageIds, ...sideStageIds] as const;
export const lifecycleStageIdSchema = z.enum(lifecycleStageIds);
export type LifecycleStageId = z.infer<typeof lifecycleStageIdSchema>;

export const roles = ['marketing', 'sdr', 'ae', 'ebr', 'csm'] as const;
export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;

export const activityTypes = [
  'form_submitted',
  'email_opened',
  'email_clicked',
  'page_visited',
  'blog_read',
  'content_downloaded',
  'trial_started',
  'unsubscribed',
  'webinar_registered',
  'meeting_booked',
  'call_logged',
  'email_logged',
  'note_added',
] as const;
export const activityTypeSchema = z.enum(activityTypes);
export type ActivityType = z.infer<typeof activityTypeSchema>;

export const recycleReasons = [
  'failed_qualification',
  'no_meeting',
  'opportunity_lost',
  'stalled',
  'no_budget',
  'no_authority',
  'bad_timing',
  'other',
] as const;
export const recycleReasonSchema = z.enum(recycleReasons);
export type RecycleReason = z.infer<typeof recycleReasonSchema>;

/** ISO 4217 codes the UI offers first; any 3-letter code is accepted. */
export const commonCurrencies = ['KRW', 'USD', 'EUR', 'JPY', 'GBP'] as const;
export const currencySchema = z.string().regex(/^[A-Z]{3}$/, 'ISO 4217 currency code');
