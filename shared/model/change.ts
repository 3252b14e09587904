import { z } from 'zod';
import { recordFields, timestampSchema } from './record';

/** Who made a change: sync pushes every origin but its own, undo reverts one batch. */
export const changeOriginSchema = z.enum(['local', 'import', 'demo', 'sync', 'undo']);
export type ChangeOrigin = z.infer<typeof changeOriginSchema>;

/**
 * One changed record in the change log, written in the same transaction as the change by the
 * write path and nothing else. Sync's outbox and undo both read it.
 */
export const changeSchema = z.object({
  ...recordFields,
  table: z.string().min(1),
  recordId: z.string().min(1),
  at: timestampSchema,
  origin: changeOriginSchema,
  /** The write-path call the change belongs to: undo reverts a whole batch. */
  batchId: z.string().min(1),
  /** The record as it was before (null when the change created it). */
  before: z.unknown().nullable(),
  /**
   * A bulk add (an import, a demo) is one entry for all the records it created, instead of one per
   * record: `recordId` is the first of them, `recordIds` all of them, `before` is null for all.
   */
  recordIds: z.array(z.string().min(1)).optional(),
});
export type Change = z.infer<typeof changeSchema>;

/** Every record a change-log entry is about: one, or all the records of a bulk add. */
export const changedRecordIds = (change: Pick<Change, 'recordId' | 'recordIds'>): readonly string[] => change.recordIds ?? [change.recordId];
