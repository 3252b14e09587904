import type { Actor } from '@shared/index';
import type { RecycleReason } from '@shared/model';
import { bulkAddTag, bulkChangeOwner, bulkRecycle } from '../../db/repositories/bulk-actions-repository';
import type { ApiContext } from '../context';

/** Gives the selected contacts a new owner (logged as manual assignments). */
export const bulkChangeOwnerAction = (ctx: ApiContext, input: { ids: readonly string[]; ownerId: string | null; byMemberId: string | null }) =>
  bulkChangeOwner(ctx.db, input.ids, input.ownerId, input.byMemberId, ctx.now());

/** Adds a tag (a list) to the selected contacts. */
export const bulkAddTagAction = (ctx: ApiContext, input: { ids: readonly string[]; tag: string }) => bulkAddTag(ctx.db, input.ids, input.tag, ctx.now());

/** Recycles the selected contacts through the lifecycle engine, with a reason. */
export const bulkRecycleAction = (ctx: ApiContext, input: { ids: readonly string[]; recycleReason: RecycleReason; note: string; actor: Actor | null }) =>
  bulkRecycle(ctx.db, input.ids, input.recycleReason, input.note, input.actor, ctx.now());
