import { loadedSyncRecord, type SyncRecord } from '../../renderer/src/db/repositories/sync-state-repository';
import type { WorkspaceDb } from '../../renderer/src/db/workspace-db';

/** Every record as sync knows it (its document's content): the benchmark gives PouchDB the same documents. */
export const readSyncRecordsForBench = async (db: WorkspaceDb): Promise<SyncRecord[]> => (await db.syncRecords.toArray()).map((r) => loadedSyncRecord(r));
