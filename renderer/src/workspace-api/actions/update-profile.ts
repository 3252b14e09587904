import { updateProfile, type ProfilePatch } from '../../db/repositories/contact-edit-repository';
import type { ApiContext } from '../context';

/**
 * Edits a contact's profile fields; a new job title re-assigns the persona. `base` holds the values
 * the edit started from, so changes made meanwhile in another window merge instead of being reverted.
 */
export const updateProfileAction = (ctx: ApiContext, input: { contactId: string; patch: ProfilePatch; base?: ProfilePatch }) =>
  updateProfile(ctx.db, input.contactId, input.patch, ctx.now(), input.base);
