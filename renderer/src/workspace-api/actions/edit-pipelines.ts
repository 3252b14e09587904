import { createPipeline, deletePipeline, renamePipeline, type PipelineTemplate } from '../../db/repositories/pipeline-edit-repository';
import type { ApiContext } from '../context';

export type { PipelineTemplate };

/** Adds a pipeline with a template's stages (the default sales or opportunity stages, or a copy of another pipeline's). */
export const createPipelineAction = (ctx: ApiContext, input: { name: string; template: PipelineTemplate }) => createPipeline(ctx.db, input, ctx.now());

/** Renames a pipeline. */
export const renamePipelineAction = (ctx: ApiContext, input: { pipelineId: string; name: string }) =>
  renamePipeline(ctx.db, input.pipelineId, input.name, ctx.now());

/** Deletes an empty pipeline (never the last one); its won and lost deals keep their history. */
export const deletePipelineAction = (ctx: ApiContext, input: { pipelineId: string }) => deletePipeline(ctx.db, input.pipelineId, ctx.now());
