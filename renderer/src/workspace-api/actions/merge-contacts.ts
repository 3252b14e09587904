import { mergeContacts } from '../../db/repositories/contact-create-repository';
import type { ApiContext } from '../context';

/** Merges a duplicate into the contact kept: activities, history and differing values move over. */
export const mergeContactsAction = (ctx: ApiContext, input: { keepId: string; duplicateId: string }) =>
  mergeContacts(ctx.db, input.keepId, input.duplicateId, ctx.now());
