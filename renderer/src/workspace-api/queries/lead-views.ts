import { listLeadViews } from '../../db/repositories/lead-views-repository';
import type { ApiContext } from '../context';

/** Saved views of the leads list, in their order. */
export const leadViewsQuery = (ctx: ApiContext) => listLeadViews(ctx.db);
