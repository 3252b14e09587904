import { addTask } from '../../db/repositories/contact-edit-repository';
import type { ApiContext } from '../context';

/** Adds a task to a contact. */
export const addTaskAction = (ctx: ApiContext, input: { contactId: string; title: string; dueAt: number | null; ownerId: string | null }) =>
  addTask(ctx.db, input.contactId, { title: input.title, dueAt: input.dueAt, ownerId: input.ownerId }, ctx.now());
