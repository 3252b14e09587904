import { TZDate } from '@date-fns/tz';
import type { Deal } from '../model/deal';
import type { Pipeline, PipelineStage } from '../model/pipeline';
import type { Timestamp } from '../model/record';
import type { TeamMember } from '../model/team-member';
import { counted, inRange, type Counted, type DateRange } from '../metrics/scope';

const DAY_MS = 86_400_000;

function stageIndex(pipelines: readonly Pipeline[]): Map<string, Map<string, PipelineStage>> {
  return new Map(pipelines.map((p) => [p.id, new Map(p.stages.map((s) => [s.id, s]))]));
}

/** A deal's win probability: its own override, else its stage's. */
export function dealProbability(deal: Deal, stage: PipelineStage | undefined): number {
  return deal.probability ?? stage?.probability ?? 0;
}

export type WeightedBucket = { key: string; amount: number; weighted: number; deals: Counted };

/**
 * Weighted pipeline of open deals (amount × probability), grouped by expected close month (in
 * the workspace's zone; "none" without a date) or by owner ("unassigned" without one).
 */
export function weightedPipeline(deals: readonly Deal[], pipelines: readonly Pipeline[], groupBy: 'month' | 'owner', timeZone = 'UTC'): WeightedBucket[] {
  const stages = stageIndex(pipelines);
  const buckets = new Map<string, { amount: number; weighted: number; ids: string[] }>();
  for (const d of deals) {
    if (d.deletedAt !== null || d.status !== 'open') continue;
    const stage = stages.get(d.pipelineId)?.get(d.stageId);
    const amount = d.amount ?? 0;
    let key: string;
    if (groupBy === 'owner') key = d.ownerId ?? 'unassigned';
    else if (d.expectedCloseDate === null) key = 'none';
    else {
      const local = new TZDate(d.expectedCloseDate, timeZone);
      key = `${local.getFullYear()}-${String(local.getMonth() + 1).padStart(2, '0')}`;
    }
    const bucket = buckets.get(key) ?? { amount: 0, weighted: 0, ids: [] };
    bucket.amount += amount;
    bucket.weighted += amount * dealProbability(d, stage);
    bucket.ids.push(d.id);
    buckets.set(key, bucket);
  }
  return [...buckets].sort(([a], [b]) => (a < b ? -1 : 1)).map(([key, b]) => ({ key, amount: b.amount, weighted: b.weighted, deals: counted(b.ids) }));
}

export type RottingDeal = { dealId: string; stageId: string; idleDays: number; limitDays: number };

/**
 * Open deals idle longer than their stage's rotting limit. Idle time runs from the later of the
 * last logged call, e-mail, meeting or note on the deal (`lastActivityAt`) and the last stage
 * change (`stageEnteredAt`): either shows someone is working the deal.
 */
export function rottingDeals(deals: readonly Deal[], pipelines: readonly Pipeline[], now: Timestamp): RottingDeal[] {
  const stages = stageIndex(pipelines);
  const rotting: RottingDeal[] = [];
  for (const d of deals) {
    if (d.deletedAt !== null || d.status !== 'open') continue;
    const stage = stages.get(d.pipelineId)?.get(d.stageId);
    if (!stage || stage.rottingDays === null) continue;
    const idleDays = (now - Math.max(d.stageEnteredAt, d.lastActivityAt ?? 0)) / DAY_MS;
    if (idleDays > stage.rottingDays) rotting.push({ dealId: d.id, stageId: d.stageId, idleDays, limitDays: stage.rottingDays });
  }
  return rotting.sort((a, b) => b.idleDays - a.idleDays);
}

export type QuotaAttainment = { memberId: string; quota: number | null; won: number; attainment: number | null; deals: Counted };

/** Won amount per rep in the period against their quota. */
export function quotaAttainment(deals: readonly Deal[], team: readonly TeamMember[], period: DateRange): QuotaAttainment[] {
  return team
    .filter((m) => m.deletedAt === null && (m.role === 'ae' || m.quota !== null))
    .map((m) => {
      const won = deals.filter((d) => d.deletedAt === null && d.status === 'won' && d.ownerId === m.id && d.closedAt !== null && inRange(d.closedAt, period));
      const amount = won.reduce((sum, d) => sum + (d.amount ?? 0), 0);
      return { memberId: m.id, quota: m.quota, won: amount, attainment: m.quota ? amount / m.quota : null, deals: counted(won.map((d) => d.id)) };
    });
}
