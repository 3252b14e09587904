import type { PipelineStage } from '@shared/model';
import { updatePipelineStages } from '../../db/repositories/pipeline-edit-repository';
import type { ApiContext } from '../context';

/** Renames, reorders, re-weighs, adds or archives the stages of a pipeline; refused if they changed since `baseUpdatedAt`. */
export const updatePipelineStagesAction = (ctx: ApiContext, input: { pipelineId: string; stages: PipelineStage[]; baseUpdatedAt?: number }) =>
  updatePipelineStages(ctx.db, input.pipelineId, input.stages, ctx.now(), input.baseUpdatedAt);
