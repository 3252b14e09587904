import { createDeal } from '../../db/repositories/contact-edit-repository';
import type { ApiContext } from '../context';

export type CreateDealInput = Parameters<typeof createDeal>[2];

/** Creates a deal for a contact, from its record. */
export const createDealAction = (ctx: ApiContext, input: { contactId: string; deal: CreateDealInput }) =>
  createDeal(ctx.db, input.contactId, input.deal, ctx.now());
