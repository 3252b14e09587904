import { getRoutingDesign } from '../../db/repositories/routing-rules-repository';
import type { ApiContext } from '../context';

export type { RoutingDesign, RoutingSaveResult } from '../../db/repositories/routing-rules-repository';

/** The live routing rules in order, the hand-off fallback and the version the editor starts from. */
export const routingDesignQuery = (ctx: ApiContext) => getRoutingDesign(ctx.db);
