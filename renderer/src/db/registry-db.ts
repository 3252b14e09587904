import Dexie, { type EntityTable } from 'dexie';
import { z } from 'zod';
import { recordFields, timestampSchema } from '@shared/model';

/** A workspace known on this machine; its data lives in its own database. */
export const workspaceEntrySchema = z.object({
  ...recordFields,
  name: z.string().trim().min(1),
  isDemo: z.boolean(),
  lastOpenedAt: timestampSchema,
  /** Whose backups these are: a replaced workspace's successor keeps its predecessor's, so a restore finds them. */
  backupKey: z.string().optional(),
});
export type WorkspaceEntry = z.infer<typeof workspaceEntrySchema>;

export type RegistryDb = Dexie & { workspaces: EntityTable<WorkspaceEntry, 'id'> };

export function openRegistryDb(name = 'baton-registry'): RegistryDb {
  const db = new Dexie(name) as RegistryDb;
  db.version(1).stores({ workspaces: 'id, lastOpenedAt, updatedAt' });
  return db;
}
