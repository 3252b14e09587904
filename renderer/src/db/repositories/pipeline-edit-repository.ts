import {
  checkPipelineDelete,
  checkPipelineName,
  checkStageEdit,
  defaultOpportunityStages,
  defaultSalesStages,
  editDeal,
  stagesForNewPipeline,
  type DealPatch,
} from '@shared/index';
import { fieldError, stampNew, type Deal, type Pipeline, type PipelineStage } from '@shared/model';
import { runWrite } from '../write-path';
import type { WorkspaceDb } from '../workspace-db';
import type { EditResult } from './contact-edit-repository';
import { getWorkspaceMeta } from './meta-repository';

/** Where a new pipeline's stages come from: the default stages of a kind (in the workspace's language), or a copy of another pipeline's. */
export type PipelineTemplate = { defaults: Pipeline['kind'] } | { copyOf: string };

const livePipelines = async (db: WorkspaceDb) => db.pipelines.filter((p) => p.deletedAt === null).toArray();

/** Adds a pipeline after the shared name check, its stages from a template. */
export async function createPipeline(db: WorkspaceDb, input: { name: string; template: PipelineTemplate }, now: number): Promise<EditResult<Pipeline>> {
  return runWrite(db, async () => {
    const pipelines = await livePipelines(db);
    const errors = checkPipelineName(input.name, pipelines, null);
    if (errors.length > 0) return { ok: false, errors };
    let kind: Pipeline['kind'];
    let template: PipelineStage[];
    if ('copyOf' in input.template) {
      const source = pipelines.find((p) => p.id === (input.template as { copyOf: string }).copyOf);
      if (!source) return { ok: false, errors: [fieldError('template', 'not_found')] };
      [kind, template] = [source.kind, source.stages];
    } else {
      const locale = (await getWorkspaceMeta(db))?.locale ?? 'en';
      kind = input.template.defaults;
      template = kind === 'sales' ? defaultSalesStages(locale) : defaultOpportunityStages(locale);
    }
    const pipeline: Pipeline = stampNew({ name: input.name.trim(), kind, stages: stagesForNewPipeline(template) }, now);
    await db.pipelines.add(pipeline);
    return { ok: true, value: pipeline };
  });
}

/** Renames a pipeline after the shared name check. */
export async function renamePipeline(db: WorkspaceDb, pipelineId: string, name: string, now: number): Promise<EditResult<Pipeline>> {
  return runWrite(db, async () => {
    const pipelines = await livePipelines(db);
    const pipeline = pipelines.find((p) => p.id === pipelineId);
    if (!pipeline) return { ok: false, errors: [fieldError('pipelineId', 'not_found')] };
    const errors = checkPipelineName(name, pipelines, pipelineId);
    if (errors.length > 0) return { ok: false, errors };
    const next: Pipeline = { ...pipeline, name: name.trim(), updatedAt: now };
    await db.pipelines.put(next);
    return { ok: true, value: next };
  });
}

/**
 * Deletes (soft) a pipeline after the shared check, its open deals counted in the same transaction
 * so a deal created meanwhile in another window is not left on a board that no longer exists.
 */
export async function deletePipeline(db: WorkspaceDb, pipelineId: string, now: number): Promise<EditResult<Pipeline>> {
  return runWrite(db, async () => {
    const pipelines = await livePipelines(db);
    const pipeline = pipelines.find((p) => p.id === pipelineId);
    if (!pipeline) return { ok: false, errors: [fieldError('pipelineId', 'not_found')] };
    const open = await db.deals
      .where('[pipelineId+status]')
      .equals([pipelineId, 'open'])
      .filter((d) => d.deletedAt === null)
      .count();
    const errors = checkPipelineDelete(pipeline, pipelines, open);
    if (errors.length > 0) return { ok: false, errors };
    const next: Pipeline = { ...pipeline, deletedAt: now, updatedAt: now };
    await db.pipelines.put(next);
    return { ok: true, value: next };
  });
}

/**
 * Saves a pipeline's stages (names, order, probabilities, rotting limits, requirements, archive)
 * after the shared check, with the open deals counted per stage in the same transaction, so a
 * stage cannot be archived while a deal is being moved into it elsewhere. `baseUpdatedAt` is the
 * version the editor started from: the stages are saved whole, so a save over a version changed
 * since (another window's editor) is refused rather than silently undoing that change.
 */
export async function updatePipelineStages(
  db: WorkspaceDb,
  pipelineId: string,
  stages: PipelineStage[],
  now: number,
  baseUpdatedAt?: number,
): Promise<EditResult<Pipeline>> {
  return runWrite(db, async () => {
    const pipeline = await db.pipelines.get(pipelineId);
    if (!pipeline || pipeline.deletedAt !== null) return { ok: false, errors: [fieldError('pipelineId', 'not_found')] };
    if (baseUpdatedAt !== undefined && pipeline.updatedAt !== baseUpdatedAt) return { ok: false, errors: [fieldError('stages', 'stages_changed_since')] };
    const openDeals: Record<string, number> = {};
    for (const stage of stages)
      if (stage.archived)
        openDeals[stage.id] = await db.deals
          .where('[pipelineId+stageId]')
          .equals([pipelineId, stage.id])
          .filter((d) => d.deletedAt === null && d.status === 'open')
          .count();
    const cleaned = stages.map((s) => ({ ...s, name: s.name.trim() }));
    const errors = checkStageEdit(pipeline.stages, cleaned, openDeals);
    if (errors.length > 0) return { ok: false, errors };
    const next: Pipeline = { ...pipeline, stages: cleaned, updatedAt: now };
    await db.pipelines.put(next);
    return { ok: true, value: next };
  });
}

/** Edits a deal's own facts (title, amount, close date, owner, probability) after the shared check, in one write. */
export async function updateDeal(db: WorkspaceDb, dealId: string, patch: DealPatch, now: number): Promise<EditResult<Deal>> {
  return runWrite(db, async () => {
    const deal = await db.deals.get(dealId);
    const pipeline = deal && (await db.pipelines.get(deal.pipelineId));
    if (!deal || deal.deletedAt !== null || !pipeline) return { ok: false, errors: [fieldError('dealId', 'not_found')] };
    const result = editDeal(deal, pipeline, patch, now);
    if (!result.ok) return result;
    await db.deals.put(result.deal);
    return { ok: true, value: result.deal };
  });
}
