import { previewDeactivation, teamOverview } from '../../db/repositories/team-repository';
import type { ApiContext } from '../context';

/** Every member with their open leads, deals and tasks: the Team screen's list. */
export const teamOverviewQuery = (ctx: ApiContext) => teamOverview(ctx.db);

/** What deactivating a member would hand over, and to whom, before anyone confirms. */
export const deactivationPreviewQuery = (ctx: ApiContext, input: { memberId: string }) => previewDeactivation(ctx.db, input.memberId, ctx.now());
