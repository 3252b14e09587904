import { z } from 'zod';
import { timestampSchema } from '../model/record';

/** A half-open period [from, to), as the worker receives it (the same shape as metrics' DateRange). */
export const dateRangeSchema = z.object({ from: timestampSchema, to: timestampSchema }).refine((r) => r.from <= r.to, { message: 'from after to' });

/** A figure and the records behind it (metrics' Counted), as it leaves the worker. */
export const countedSchema = z.object({ count: z.number().int().nonnegative(), ids: z.array(z.string()) });

/** Median and 90th percentile with the records behind them; null when there is nothing to measure. */
export const spreadSchema = z.object({
  median: z.number().nullable(),
  p90: z.number().nullable(),
  count: z.number().int().nonnegative(),
  ids: z.array(z.string()),
});
