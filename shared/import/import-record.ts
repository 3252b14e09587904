import { z } from 'zod';
import { recordFields, timestampSchema } from '../model/record';

const entityCounts = z.object({ created: z.number().int().nonnegative(), updated: z.number().int().nonnegative(), skipped: z.number().int().nonnegative() });
export type EntityCounts = z.infer<typeof entityCounts>;

/** What one import did, per entity, and the rows it could not take. */
export const importCountsSchema = z.object({
  rowsRead: z.number().int().nonnegative(),
  /** Rows with an error: nothing of them was written. */
  failedRows: z.number().int().nonnegative(),
  contacts: entityCounts,
  companies: entityCounts,
  deals: entityCounts,
  activities: entityCounts,
  tasks: entityCounts,
  teamMembers: entityCounts,
});
export type ImportCounts = z.infer<typeof importCountsSchema>;

/**
 * One finished CSV import, written in the same transaction as its records (a crash mid-import
 * leaves neither). `batchId` is its batch in the change log: rolling back reverts that batch.
 */
export const importRecordSchema = z.object({
  ...recordFields,
  fileName: z.string().max(500),
  batchId: z.string().min(1),
  /** The import's own time: records it created carry it, and the saved view is named after it. */
  at: timestampSchema,
  status: z.enum(['done', 'rolled_back']),
  mode: z.enum(['skip', 'fill', 'overwrite', 'create']),
  preset: z.string(),
  encoding: z.string(),
  counts: importCountsSchema,
  /** The saved leads view "Import of <date>" made for it, if any. */
  leadViewId: z.string().nullable(),
  rolledBackAt: timestampSchema.nullable(),
});
export type ImportRecord = z.infer<typeof importRecordSchema>;
