import { z } from 'zod';
import { recordFields } from '../model/record';
import { funnelDesignSchema } from './funnel-design';

/** A saved version of a workspace's design, with the note that says why (issue 13: versions). */
export const designVersionSchema = z.object({
  ...recordFields,
  name: z.string().trim().min(1).max(120),
  note: z.string().max(2000),
  design: funnelDesignSchema,
  /** The team member who saved it; null when nobody is signed in. */
  createdBy: z.string().nullable(),
});
export type DesignVersion = z.infer<typeof designVersionSchema>;
