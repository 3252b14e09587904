import type { DealPatch } from '@shared/index';
import { updateDeal } from '../../db/repositories/pipeline-edit-repository';
import type { ApiContext } from '../context';

/** Edits a deal's title, amount, expected close date, owner or probability override. */
export const updateDealAction = (ctx: ApiContext, input: { dealId: string; patch: DealPatch }) => updateDeal(ctx.db, input.dealId, input.patch, ctx.now());
