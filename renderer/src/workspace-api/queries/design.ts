import { getActiveDesign } from '../../db/repositories/scoring-context-repository';
import { getActiveLifecycle } from '../../db/repositories/lifecycle-repository';
import type { ApiContext } from '../context';

/** The active lifecycle, scoring model and ICP. */
export const activeDesignQuery = (ctx: ApiContext) => getActiveDesign(ctx.db);

/** The active lifecycle alone (stage names and owners). */
export const activeLifecycleQuery = (ctx: ApiContext) => getActiveLifecycle(ctx.db);
