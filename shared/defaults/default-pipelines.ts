import type { Pipeline, PipelineStage } from '../model/pipeline';
import { stampNew, type Timestamp } from '../model/record';

const ROTTING_DAYS = 14;

const open = (id: string, name: string, probability: number): PipelineStage => ({
  id,
  name,
  probability,
  rottingDays: ROTTING_DAYS,
  outcome: 'open',
});

/** Default sales pipeline (DOMAIN.md §3); rotting is off for Won and Lost. */
export function defaultSalesStages(): PipelineStage[] {
  return [
    open('to_contact', 'To contact', 0.1),
    open('contacted', 'Contacted', 0.2),
    open('follow_up', 'Follow-up', 0.4),
    open('create_proposal', 'Create proposal', 0.6),
    open('proposal_sent', 'Proposal sent', 0.8),
    { id: 'won', name: 'Won', probability: 1, rottingDays: null, outcome: 'won' },
    { id: 'lost', name: 'Lost', probability: 0, rottingDays: null, outcome: 'lost' },
  ];
}

/** Stages of the lifecycle's Opportunity (DOMAIN.md §3). */
export function defaultOpportunityStages(): PipelineStage[] {
  return [
    open('discovery', 'Discovery', 0.2),
    open('solution', 'Solution', 0.4),
    open('demo', 'Demo', 0.6),
    open('proposal', 'Proposal', 0.8),
    open('close', 'Close', 0.9),
    { id: 'won', name: 'Won', probability: 1, rottingDays: null, outcome: 'won' },
    { id: 'lost', name: 'Lost', probability: 0, rottingDays: null, outcome: 'lost' },
  ];
}

export function createDefaultPipelines(now: Timestamp, ids?: { sales?: string; opportunity?: string }): Pipeline[] {
  return [
    stampNew({ name: 'Sales pipeline', kind: 'sales' as const, stages: defaultSalesStages() }, now, ids?.sales),
    stampNew({ name: 'Opportunities', kind: 'opportunity' as const, stages: defaultOpportunityStages() }, now, ids?.opportunity),
  ];
}
