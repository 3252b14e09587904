import { fixAlmostQualified, type AlmostQualifiedFix } from '../../db/repositories/almost-qualified-repository';
import type { ApiContext } from '../context';

/** Completes the one item an almost-qualified lead misses; it is handed off when nothing else is. */
export const fixAlmostQualifiedAction = (ctx: ApiContext, input: { contactId: string; fix: AlmostQualifiedFix }) =>
  fixAlmostQualified(ctx.db, input.contactId, input.fix, ctx.now());
