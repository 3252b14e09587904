import type { ApiContext } from '../context';

/** The team, deleted members left out. */
export const teamQuery = (ctx: ApiContext) => ctx.db.teamMembers.filter((m) => m.deletedAt === null).toArray();

/** The workspace's personas. */
export const personasQuery = (ctx: ApiContext) => ctx.db.personas.filter((p) => p.deletedAt === null).toArray();
