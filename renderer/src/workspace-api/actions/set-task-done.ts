import { setTaskDone } from '../../db/repositories/contact-edit-repository';
import type { ApiContext } from '../context';

/** Marks a task done, or open again. */
export const setTaskDoneAction = (ctx: ApiContext, input: { taskId: string; done: boolean }) => setTaskDone(ctx.db, input.taskId, input.done, ctx.now());
