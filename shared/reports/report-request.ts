import { z } from 'zod';
import { dateRangeSchema } from './report-schemas';
import { winRateGroupings } from './win-rates';

/**
 * The Reports page's filters as the worker receives them: validated there, since a filter comes
 * from the address bar as much as from a control.
 */
export const reportFiltersSchema = z.object({
  range: dateRangeSchema,
  /** The period the inquiry → lead rate is compared with (default: the one before the range). */
  baseline: dateRangeSchema.optional(),
  /** How many months the role trends go back. */
  months: z.number().int().min(1).max(36),
  winRatesBy: z.enum(winRateGroupings),
  pipelineId: z.string().min(1).optional(),
  ownerIds: z.array(z.string()).optional(),
  /** Tasks created in this period (the task report's own date filter). */
  created: dateRangeSchema.optional(),
  /** A threshold to preview against the current leads. */
  previewThreshold: z.number().min(0).max(1000).optional(),
});
export type ReportFilters = z.infer<typeof reportFiltersSchema>;
