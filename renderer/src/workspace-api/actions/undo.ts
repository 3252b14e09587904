import { undoBatch } from '../../db/repositories/undo-repository';
import type { ApiContext } from '../context';

/** Reverts one earlier action (its batch in the change log), unless what it changed was changed again since. */
export const undoBatchAction = (ctx: ApiContext, input: { batchId: string }) => undoBatch(ctx.db, input.batchId, ctx.now());
