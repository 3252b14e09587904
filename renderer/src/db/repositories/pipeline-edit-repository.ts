import { checkStageEdit, editDeal, type DealPatch } from '@shared/index';
import { fieldError, type Deal, type Pipeline, type PipelineStage } from '@shared/model';
import { runWrite } from '../write-path';
import type { WorkspaceDb } from '../workspace-db';
import type { EditResult } from './contact-edit-repository';

/**
 * Saves a pipeline's stages (names, order, probabilities, rotting limits, requirements, archive)
 * after the shared check, with the open deals counted per stage in the same transaction, so a
 * stage cannot be archived while a deal is being moved into it elsewhere.
 */
export async function updatePipelineStages(db: WorkspaceDb, pipelineId: string, stages: PipelineStage[], now: number): Promise<EditResult<Pipeline>> {
  return runWrite(db, async () => {
    const pipeline = await db.pipelines.get(pipelineId);
    if (!pipeline || pipeline.deletedAt !== null) return { ok: false, errors: [fieldError('pipelineId', 'not_found')] };
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
