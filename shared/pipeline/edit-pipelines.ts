import { fieldError, type FieldError } from '../model/field-error';
import type { Pipeline, PipelineStage } from '../model/pipeline';

export const PIPELINE_NAME_MAX = 60;

const sameName = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

/** May a pipeline be called this? Present, short, and not the name of another live pipeline (a picker shows names). */
export function checkPipelineName(name: string, pipelines: readonly Pipeline[], selfId: string | null): FieldError[] {
  const trimmed = name.trim();
  if (trimmed === '') return [fieldError('name', 'required')];
  if (trimmed.length > PIPELINE_NAME_MAX) return [fieldError('name', 'too_long', { max: PIPELINE_NAME_MAX })];
  if (pipelines.some((p) => p.id !== selfId && p.deletedAt === null && sameName(p.name, trimmed))) return [fieldError('name', 'duplicate_pipeline_name')];
  return [];
}

/**
 * The stages a new pipeline starts with: a copy of a template's (the default sales or opportunity
 * stages, or another pipeline's), archived ones left out — they hold history that is not the new
 * pipeline's. Ids are kept: they are unique within a pipeline, which is all they need to be.
 */
export const stagesForNewPipeline = (template: readonly PipelineStage[]): PipelineStage[] =>
  template.filter((s) => !s.archived).map((s) => ({ ...s, requires: [...s.requires] }));

/**
 * May this pipeline be deleted? Not the last one (deals need a board), and not while it holds open
 * deals — they would vanish from every board; won and lost deals keep their history under it.
 */
export function checkPipelineDelete(pipeline: Pipeline, pipelines: readonly Pipeline[], openDeals: number): FieldError[] {
  if (!pipelines.some((p) => p.id !== pipeline.id && p.deletedAt === null)) return [fieldError('pipelineId', 'last_pipeline')];
  if (openDeals > 0) return [fieldError('pipelineId', 'pipeline_not_empty', { count: openDeals })];
  return [];
}
