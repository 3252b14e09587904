import { setHandOffThreshold } from '../../db/repositories/threshold-repository';
import type { ReevaluationProgress } from '../../db/repositories/design-change-repository';
import type { ApiContext } from '../context';

/** Applies a new hand-off threshold and hands off the leads it makes ready (the calibration's "apply"). */
export const setHandOffThresholdAction = (ctx: ApiContext, input: { threshold: number; onProgress?: (p: ReevaluationProgress) => void }) =>
  setHandOffThreshold(ctx.db, input.threshold, ctx.now(), input.onProgress);
