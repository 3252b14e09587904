import { loadAlmostQualified, loadHotThisWeek } from '../../db/repositories/queues-repository';
import type { ActiveDesign } from '../../db/repositories/scoring-context-repository';
import type { ApiContext } from '../context';

/** Leads over the threshold that miss one hand-off criterion. */
export const almostQualifiedQuery = (ctx: ApiContext, input: { design: ActiveDesign }) => loadAlmostQualified(ctx.db, input.design, ctx.now());

/** Engagement points earned in the last seven days, per contact. */
export const hotThisWeekQuery = (ctx: ApiContext, input: { design: ActiveDesign }) => loadHotThisWeek(ctx.db, input.design, ctx.now());
