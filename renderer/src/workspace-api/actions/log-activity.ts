import type { ActivityType } from '@shared/model';
import { logActivity } from '../../db/repositories/contact-edit-repository';
import type { ApiContext } from '../context';

export type LogActivityInput = { contactId: string; type: ActivityType; url?: string | null; note?: string; byMemberId: string | null; dealId?: string | null };

/** Logs a touch or a behaviour event (optionally on one of the contact's deals); the contact is rescored and the hand-off automation re-checked. */
export const logActivityAction = (ctx: ApiContext, { contactId, byMemberId, ...activity }: LogActivityInput) =>
  logActivity(ctx.db, contactId, activity, byMemberId, ctx.now());
