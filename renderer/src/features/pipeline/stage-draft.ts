import type { PipelineStage } from '@shared/model';

/** `added`: not saved yet, so it can still be removed (saved stages are archived, never removed). */
export type Draft = { stage: PipelineStage; probability: string; rotting: string; added: boolean };

export const toDraft = (stage: PipelineStage, added = false): Draft => ({
  stage,
  added,
  probability: String(Math.round(stage.probability * 100)),
  rotting: stage.rottingDays === null ? '' : String(stage.rottingDays),
});
