import type { WorkspaceDb } from '../workspace-db';

/**
 * The newest entry of the change log: every write of the workspace API appends one, so a live
 * query of it re-runs after any write — the cue for views that keep their own copy (the funnel worker).
 */
export async function latestChange(db: WorkspaceDb): Promise<string | null> {
  return (await db.changes.orderBy('at').last())?.id ?? null;
}
