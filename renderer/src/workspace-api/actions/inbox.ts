import { markNotificationsRead } from '../../db/repositories/inbox-repository';
import type { ApiContext } from '../context';

/** Marks notifications read (the inbox's "Mark all as read", opening one). */
export const markNotificationsReadAction = (ctx: ApiContext, input: { ids: readonly string[] }) => markNotificationsRead(ctx.db, input.ids, ctx.now());
