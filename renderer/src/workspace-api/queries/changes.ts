import { latestChange } from '../../db/repositories/changes-repository';
import type { ApiContext } from '../context';

/** The id of the newest change-log entry (null before the first write): changes after every write. */
export const latestChangeQuery = (ctx: ApiContext) => latestChange(ctx.db);
