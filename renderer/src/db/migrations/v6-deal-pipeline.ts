import type { Transaction } from 'dexie';
import { requirementsAt } from '@shared/defaults';
import { newId } from '@shared/model';

type OldStage = { probability: number; outcome: string; requires?: string[]; archived?: boolean };
type OldDeal = { id: string; pipelineId: string; stageId: string; stageEnteredAt: number; ownerId: string | null };

/**
 * Version 6: pipeline stages say what a deal needs to enter them and can be archived; deals get a
 * stage history. Idempotent: a stage that already says what it requires keeps it, and a deal with
 * any history entry gets none added.
 */
export async function upgradeToDealPipeline(tx: Transaction): Promise<void> {
  await tx
    .table('pipelines')
    .toCollection()
    .modify((pipeline: { stages: OldStage[] }) => {
      for (const stage of pipeline.stages) {
        // The same rule the default pipelines follow; Won asks for an amount, Lost for nothing but a reason.
        stage.requires ??= stage.outcome === 'won' ? ['amount'] : stage.outcome === 'lost' ? [] : requirementsAt(stage.probability);
        stage.archived ??= false;
      }
    });
  const moves = tx.table('dealMoves');
  const known = new Set((await moves.toArray()).map((m: { dealId: string }) => m.dealId));
  const now = Date.now();
  const missing = ((await tx.table('deals').toArray()) as OldDeal[]).filter((d) => !known.has(d.id));
  // What came before is not known: the history starts with the stage the deal is in, when it entered it.
  await moves.bulkAdd(
    missing.map((d) => ({
      id: newId(),
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
      dealId: d.id,
      pipelineId: d.pipelineId,
      from: null,
      to: d.stageId,
      at: d.stageEnteredAt,
      byMemberId: null,
    })),
  );
}
