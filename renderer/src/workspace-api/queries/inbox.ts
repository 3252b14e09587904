import { loadInbox } from '../../db/repositories/inbox-repository';
import type { ApiContext } from '../context';

/** The notifications inbox of a person: what is addressed to them or their role, and their SLA breaches. */
export const inboxQuery = (ctx: ApiContext, input: { memberId: string; role: string; seenBreaches: readonly string[] }) =>
  loadInbox(ctx.db, { id: input.memberId, role: input.role }, ctx.now(), input.seenBreaches);
