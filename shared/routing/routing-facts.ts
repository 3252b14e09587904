import type { Deal } from '../model/deal';
import type { Pipeline } from '../model/pipeline';

/**
 * The derived facts routing conditions may use (DOMAIN.md §4: by lead score, deal value, win
 * probability; company size and territory come from the company). A contact's deal facts are
 * those of its largest open deal; its probability is the deal's own, or its stage's.
 */
export type RoutingFacts = {
  'score.handOff': number;
  'score.engagement': number;
  'score.fit': number;
  'score.bant': number;
  'deal.amount': number | null;
  'deal.probability': number | null;
};

export const routingFactFields = ['score.handOff', 'score.engagement', 'score.fit', 'score.bant', 'deal.amount', 'deal.probability'] as const;

export function routingFacts(
  scores: { handOffMeasure: number; engagement: number; fit: number; bant: number },
  deals: readonly Deal[],
  pipelines: readonly Pipeline[],
): RoutingFacts {
  const open = deals.filter((d) => d.deletedAt === null && d.status === 'open');
  const largest = open.reduce<Deal | null>((best, d) => (best === null || (d.amount ?? 0) > (best.amount ?? 0) ? d : best), null);
  const stageProbability = largest
    ? (pipelines.find((p) => p.id === largest.pipelineId)?.stages.find((s) => s.id === largest.stageId)?.probability ?? null)
    : null;
  return {
    'score.handOff': scores.handOffMeasure,
    'score.engagement': scores.engagement,
    'score.fit': scores.fit,
    'score.bant': scores.bant,
    'deal.amount': largest?.amount ?? null,
    'deal.probability': largest ? (largest.probability ?? stageProbability) : null,
  };
}
