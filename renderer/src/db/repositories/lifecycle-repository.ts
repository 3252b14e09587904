import type { LifecycleDefinition } from '@shared/model';
import type { WorkspaceDb } from '../workspace-db';
import { getWorkspaceMeta } from './meta-repository';

/** The lifecycle the workspace runs on (its settings name it). */
export async function getActiveLifecycle(db: WorkspaceDb): Promise<LifecycleDefinition | undefined> {
  const meta = await getWorkspaceMeta(db);
  if (meta?.activeLifecycleId) return db.lifecycles.get(meta.activeLifecycleId);
  return db.lifecycles.toCollection().first();
}
