import { runWrite } from '../write-path';
import type { WorkspaceMeta } from '@shared/model';
import type { WorkspaceDb } from '../workspace-db';

/** The workspace's single settings record, or undefined for a database not yet initialised. */
export async function getWorkspaceMeta(db: WorkspaceDb): Promise<WorkspaceMeta | undefined> {
  return db.meta.toCollection().first();
}

export async function updateWorkspaceMeta(db: WorkspaceDb, patch: Partial<Omit<WorkspaceMeta, 'id' | 'createdAt'>>, now: number): Promise<void> {
  await runWrite(db, async () => {
    const meta = await db.meta.toCollection().first();
    if (!meta) throw new Error('workspace has no settings record');
    await db.meta.put({ ...meta, ...patch, updatedAt: now });
  });
}
