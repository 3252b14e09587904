import { z } from 'zod';
import { customFieldsSchema, recordFields } from './record';

export const companySchema = z.object({
  ...recordFields,
  name: z.string().trim().min(1),
  domain: z.string().nullable(),
  industry: z.string().nullable(),
  employeeCount: z.number().int().nonnegative().nullable(),
  annualRevenue: z.number().nonnegative().nullable(),
  country: z.string().nullable(),
  region: z.string().nullable(),
  technologies: z.array(z.string()),
  ownerId: z.string().nullable(),
  customFields: customFieldsSchema,
});
export type Company = z.infer<typeof companySchema>;
