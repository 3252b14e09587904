import { updateProfile, type ProfilePatch } from '../../db/repositories/contact-edit-repository';
import type { ApiContext } from '../context';

/** Edits a contact's profile fields; a new job title re-assigns the persona. */
export const updateProfileAction = (ctx: ApiContext, input: { contactId: string; patch: ProfilePatch }) =>
  updateProfile(ctx.db, input.contactId, input.patch, ctx.now());
