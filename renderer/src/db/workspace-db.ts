import Dexie, { type EntityTable, type Table } from 'dexie';
import type { DesignVersion, RoleTargets } from '@shared/design';
import type { ImportRecord } from '@shared/import';
import type { Change, WorkspaceData, WorkspaceTableName } from '@shared/model';
import type { StoredSyncRecord, SyncStateRow } from './repositories/sync-state-repository';
import { changeLogMiddleware } from './change-log';
import { schemaVersions, type SchemaVersion } from './schema-versions';

type Tables = { [K in WorkspaceTableName]: EntityTable<WorkspaceData[K][number], 'id'> };

/** One workspace = one IndexedDB database. Only repositories touch it, and they write through runWrite. */
export type WorkspaceDb = Dexie &
  Tables & {
    changes: EntityTable<Change, 'id'>;
    imports: EntityTable<ImportRecord, 'id'>;
    designVersions: EntityTable<DesignVersion, 'id'>;
    roleTargets: EntityTable<RoleTargets, 'id'>;
    syncState: Table<SyncStateRow, string>;
    syncRecords: EntityTable<StoredSyncRecord, 'id'>;
  };

export const workspaceDbName = (workspaceId: string) => `baton-ws-${workspaceId}`;

/**
 * Opens a workspace database declared up to `upToVersion` (default: all). Tests build a
 * database at an older version this way, fill it, then reopen it at the latest to check the upgrade.
 */
export function openWorkspaceDb(name: string, upToVersion?: number): WorkspaceDb {
  const db = new Dexie(name) as WorkspaceDb;
  const steps: SchemaVersion[] = schemaVersions.filter((v) => upToVersion === undefined || v.version <= upToVersion);
  for (const step of steps) {
    const declared = db.version(step.version).stores(step.stores);
    if (step.upgrade) declared.upgrade(step.upgrade);
  }
  db.use(changeLogMiddleware);
  return db;
}
