import type { Actor } from '@shared/index';
import { runStageAction, type StageAction } from '../../db/repositories/lifecycle-actions-repository';
import type { ApiContext } from '../context';

/** A stage move, override, hand-off accept or reject, decided by the lifecycle engine. */
export const changeStageAction = (ctx: ApiContext, input: { contactId: string; action: StageAction; actor: Actor | null }) =>
  runStageAction(ctx.db, input.contactId, input.action, input.actor, ctx.now());
