import type { Actor, DealMoveInput } from '@shared/index';
import { moveDeal } from '../../db/repositories/deal-outcome-repository';
import type { ApiContext } from '../context';

/** Moves a deal to another stage of its pipeline (board drop, keyboard move); Won and Lost carry its contacts along. */
export const moveDealAction = (ctx: ApiContext, input: DealMoveInput & { dealId: string; actor: Actor | null }) => {
  const { dealId, actor, ...move } = input;
  return moveDeal(ctx.db, dealId, move, actor, ctx.now());
};
