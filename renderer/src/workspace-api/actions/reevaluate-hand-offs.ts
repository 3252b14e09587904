import { reevaluateHandOffs, type ReevaluationProgress } from '../../db/repositories/design-change-repository';
import type { ApiContext } from '../context';

/** After a design change: rescores every contact before the hand-off and hands off those now ready. */
export const reevaluateHandOffsAction = (ctx: ApiContext, input: { onProgress?: (p: ReevaluationProgress) => void }) =>
  reevaluateHandOffs(ctx.db, ctx.now(), input.onProgress);
