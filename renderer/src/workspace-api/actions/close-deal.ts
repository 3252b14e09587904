import type { Actor } from '@shared/index';
import type { RecycleReason } from '@shared/model';
import { closeDeal } from '../../db/repositories/deal-outcome-repository';
import type { ApiContext } from '../context';

/** Closes a deal as won or lost; its contacts follow through the lifecycle. */
export const closeDealAction = (ctx: ApiContext, input: { dealId: string; outcome: 'won' | 'lost'; lostReason: RecycleReason | null; actor: Actor | null }) =>
  closeDeal(ctx.db, input.dealId, input.outcome, input.lostReason, input.actor, ctx.now());
