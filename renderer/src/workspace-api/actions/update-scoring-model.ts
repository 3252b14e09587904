import type { ScoringModel } from '@shared/model';
import { updateScoringModel, type ScoringSaveProgress } from '../../db/repositories/scoring-model-repository';
import type { ApiContext } from '../context';

/**
 * Saves the edited active scoring model (refused with its problems, or when another window saved it
 * after `baseUpdatedAt`), then rescores every contact and hands off the leads it makes ready.
 */
export const updateScoringModelAction = (
  ctx: ApiContext,
  input: { model: ScoringModel; baseUpdatedAt: number; onProgress?: (p: ScoringSaveProgress) => void },
) => updateScoringModel(ctx.db, input.model, input.baseUpdatedAt, ctx.now(), input.onProgress);
