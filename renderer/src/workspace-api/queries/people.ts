import { contactSummaries } from '../../db/repositories/contact-summaries-repository';
import type { ApiContext } from '../context';

/** The team, deleted members left out. */
export const teamQuery = (ctx: ApiContext) => ctx.db.teamMembers.filter((m) => m.deletedAt === null).toArray();

/** The workspace's personas. */
export const personasQuery = (ctx: ApiContext) => ctx.db.personas.filter((p) => p.deletedAt === null).toArray();

/** Company names, sorted, for suggestions while typing one (a thousand at most: suggestions, not a directory). */
export const companyNamesQuery = async (ctx: ApiContext) => {
  const names: string[] = [];
  await ctx.db.companies.each((c) => {
    if (c.deletedAt === null && names.length < 1000) names.push(c.name);
  });
  return names.sort((a, b) => a.localeCompare(b));
};

/** Names, stages, owners and companies of some contacts: the rows of a drill-down from a figure. */
export const contactSummariesQuery = (ctx: ApiContext, input: { ids: readonly string[] }) => contactSummaries(ctx.db, input.ids);
