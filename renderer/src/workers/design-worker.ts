import * as Comlink from 'comlink';
import { applyDesignVersion, importDesign, type DesignApplyProgress } from '../db/repositories/design-versions-repository';
import { openWorkspaceDb } from '../db/workspace-db';

/** Opens the workspace by name for one piece of work and closes it after, whatever happened. */
async function withDb<T>(dbName: string, work: (db: ReturnType<typeof openWorkspaceDb>) => Promise<T>): Promise<T> {
  const db = openWorkspaceDb(dbName);
  try {
    return await work(db);
  } finally {
    db.close();
  }
}

/**
 * Applying a design version or a design file, off the UI thread: rescoring every contact of a
 * 100,000-contact workspace reads its activities, which would freeze the page for seconds.
 */
const api = {
  applyVersion: (dbName: string, versionId: string, now: number, onProgress?: (p: DesignApplyProgress) => void) =>
    withDb(dbName, (db) => applyDesignVersion(db, versionId, now, onProgress)),
  importFile: (dbName: string, bytes: Uint8Array, now: number, onProgress?: (p: DesignApplyProgress) => void) =>
    withDb(dbName, (db) => importDesign(db, bytes, now, onProgress)),
};
export type DesignWorkerApi = typeof api;
Comlink.expose(api);
