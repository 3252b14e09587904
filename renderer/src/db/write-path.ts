import Dexie from 'dexie';
import { newId, type ChangeOrigin } from '@shared/model';
import { markWrite, writeContextOf, type WriteContext } from './change-log';
import type { WorkspaceDb } from './workspace-db';

export type WriteOptions = { origin?: ChangeOrigin; now?: number };

/**
 * The one write path: runs `work` in one read-write transaction over the whole workspace, with
 * every write logged in the change log under one batch (origin, time). Throwing inside rolls it
 * all back, the change log included. Nested calls join the outer transaction and its batch.
 */
export async function runWrite<T>(db: WorkspaceDb, work: (context: WriteContext) => Promise<T>, options: WriteOptions = {}): Promise<T> {
  return db.transaction('rw', db.tables, async () => {
    // A nested call runs in the outer transaction (same IndexedDB transaction): it joins its batch.
    const { idbtrans } = Dexie.currentTransaction as unknown as { idbtrans: Parameters<typeof markWrite>[0] };
    const outer = writeContextOf(idbtrans);
    if (outer) return work(outer);
    const context: WriteContext = { origin: options.origin ?? 'local', batchId: newId(), at: options.now ?? Date.now() };
    markWrite(idbtrans, context);
    return work(context);
  });
}
