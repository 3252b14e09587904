import type { BantRatings } from '@shared/model';
import { rateBant } from '../../db/repositories/contact-edit-repository';
import type { ApiContext } from '../context';

/** Sets the four BANT ratings (0–100, or unrated). */
export const rateBantAction = (ctx: ApiContext, input: { contactId: string; bant: BantRatings }) => rateBant(ctx.db, input.contactId, input.bant, ctx.now());
