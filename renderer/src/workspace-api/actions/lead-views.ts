import { deleteLeadView, saveLeadView } from '../../db/repositories/lead-views-repository';
import type { ApiContext } from '../context';

/** Saves the list's search, filters, order and columns as a named view. */
export const saveLeadViewAction = (ctx: ApiContext, input: Parameters<typeof saveLeadView>[1]) => saveLeadView(ctx.db, input, ctx.now());

/** Deletes a saved view (softly, so teammates see it go). */
export const deleteLeadViewAction = (ctx: ApiContext, input: { id: string }) => deleteLeadView(ctx.db, input.id, ctx.now());
