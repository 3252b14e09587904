import { addTask } from '../../db/repositories/contact-edit-repository';
import type { ApiContext } from '../context';

export type AddTaskInput = { contactId: string; title: string; dueAt: number | null; ownerId: string | null; dealId?: string | null };

/** Adds a task to a contact, or to one of its open deals (the deal's next step on the board). */
export const addTaskAction = (ctx: ApiContext, { contactId, ...task }: AddTaskInput) => addTask(ctx.db, contactId, task, ctx.now());
