import { readSyncOverview } from '../../db/repositories/sync-state-repository';
import type { ApiContext } from '../context';

/** The Sync page's figures from the database: settings, progress, pending changes (live). */
export const syncOverviewQuery = (ctx: ApiContext) => readSyncOverview(ctx.db);
