import type { ScoringModel, ThresholdAction } from '../model/scoring-model';

export type ThresholdCrossing = { crossed: 'up' | 'down' | null; actions: ThresholdAction[] };

/**
 * Compares the hand-off measure before and after a change. Crossing the threshold upwards
 * yields the model's actions as data; the caller performs them (the engine does not).
 */
export function thresholdCrossing(model: ScoringModel, before: number, after: number): ThresholdCrossing {
  const t = model.handOffThreshold;
  if (before < t && after >= t) return { crossed: 'up', actions: model.thresholdActions };
  if (before >= t && after < t) return { crossed: 'down', actions: [] };
  return { crossed: null, actions: [] };
}
