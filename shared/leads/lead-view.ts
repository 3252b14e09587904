import { z } from 'zod';
import { recordFields } from '../model/record';
import { leadFiltersSchema, leadSortSchema } from './lead-query';

/** A saved view (segment) of the leads list: a name plus search, filters, order and columns. */
export const leadViewSchema = z.object({
  ...recordFields,
  name: z.string().trim().min(1).max(60),
  search: z.string(),
  filters: leadFiltersSchema,
  sort: leadSortSchema.nullable(),
  columns: z.array(z.string()),
  order: z.number().int(),
});
export type LeadView = z.infer<typeof leadViewSchema>;
