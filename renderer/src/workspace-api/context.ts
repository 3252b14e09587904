import type { WorkspaceDb } from '../db/workspace-db';
import type { DesignWork } from './design-work';

/**
 * What every action and query of an open workspace gets: its database and the clock; and where a
 * design write runs (the app's worker; absent: on the calling thread).
 */
export type ApiContext = { db: WorkspaceDb; now: () => number; designWork?: DesignWork };
