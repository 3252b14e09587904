import type { WorkspaceDb } from '../db/workspace-db';

/** What every action and query of an open workspace gets: its database and the clock. */
export type ApiContext = { db: WorkspaceDb; now: () => number };
