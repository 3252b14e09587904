import { quickAddContact, type QuickAddInput } from '../../db/repositories/contact-create-repository';
import type { ApiContext } from '../context';

/** Adds a contact from a name (and e-mail, company, title) in the first stage. */
export const quickAddAction = (ctx: ApiContext, input: { contact: QuickAddInput; ownerId: string | null }) =>
  quickAddContact(ctx.db, input.contact, input.ownerId, ctx.now());
