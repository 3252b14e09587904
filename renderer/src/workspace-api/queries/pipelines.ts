import type { ApiContext } from '../context';

/** The workspace's live pipelines (a filter's options). */
export const pipelinesQuery = (ctx: ApiContext) => ctx.db.pipelines.filter((p) => p.deletedAt === null).toArray();
