import { updateRoutingRules, type RoutingRulesInput } from '../../db/repositories/routing-rules-repository';
import type { ApiContext } from '../context';

/** Saves the routing rules in the order given (first match wins) and the hand-off fallback; refused when another window changed them meanwhile. */
export const updateRoutingRulesAction = (ctx: ApiContext, input: RoutingRulesInput) => updateRoutingRules(ctx.db, input, ctx.now());
