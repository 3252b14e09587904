import { z } from 'zod';
import { uuidv7 } from 'uuidv7';

/** A new record id: UUID v7, so ids sort by creation time (useful for sync and for stable order). */
export const newId = (): string => uuidv7();

/** Milliseconds since the Unix epoch. Numbers index and compare cheaply in IndexedDB. */
export const timestampSchema = z.number().int().nonnegative();
export type Timestamp = z.infer<typeof timestampSchema>;

/**
 * Fields every stored record carries. `deletedAt` is a soft delete: sync must be able to
 * tell "deleted here" from "never seen", so records are never removed outright.
 */
export const recordFields = {
  id: z.string().min(1),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
  deletedAt: timestampSchema.nullable(),
};
export const baseRecordSchema = z.object(recordFields);
export type BaseRecord = z.infer<typeof baseRecordSchema>;

/** Stamps a new record with id and times. */
export function stampNew<T extends object>(data: T, now: Timestamp, id: string = newId()): T & BaseRecord {
  return { ...data, id, createdAt: now, updatedAt: now, deletedAt: null };
}

/** Custom field values a workspace may add to contacts, companies and deals. */
export const customFieldsSchema = z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]));
export type CustomFields = z.infer<typeof customFieldsSchema>;
