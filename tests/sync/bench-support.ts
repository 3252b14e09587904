import type { SyncRecord } from '../../renderer/src/db/repositories/sync-state-repository';
import type { WorkspaceDb } from '../../renderer/src/db/workspace-db';

/** Every record as sync knows it (its document's content): the benchmark gives PouchDB the same documents. */
export const readSyncRecordsForBench = (db: WorkspaceDb): Promise<SyncRecord[]> => db.syncRecords.toArray();
