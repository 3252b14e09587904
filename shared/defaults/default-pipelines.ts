import type { Pipeline, PipelineStage } from '../model/pipeline';
import { stampNew, type Timestamp } from '../model/record';
import type { ModelLocale } from './default-scoring-model';

const ROTTING_DAYS = 14;

/** From a proposal on, a deal needs an amount; once sent (80 %), an expected close date too (DOMAIN.md §1: the Opportunity's entry). */
export const requirementsAt = (probability: number): PipelineStage['requires'] =>
  probability >= 0.8 ? ['amount', 'close_date'] : probability >= 0.6 ? ['amount'] : [];

const open = (id: string, name: string, probability: number): PipelineStage => ({
  id,
  name,
  probability,
  rottingDays: ROTTING_DAYS,
  outcome: 'open',
  requires: requirementsAt(probability),
  archived: false,
});

/** Stage names are stored data, so a Korean workspace gets them in Korean from the start. */
const names: Record<ModelLocale, Record<string, string>> = {
  en: {
    to_contact: 'To contact',
    contacted: 'Contacted',
    follow_up: 'Follow-up',
    create_proposal: 'Create proposal',
    proposal_sent: 'Proposal sent',
    discovery: 'Discovery',
    solution: 'Solution',
    demo: 'Demo',
    proposal: 'Proposal',
    close: 'Close',
    won: 'Won',
    lost: 'Lost',
    sales: 'Sales pipeline',
    opportunity: 'Opportunities',
  },
  ko: {
    to_contact: '연락 예정',
    contacted: '연락함',
    follow_up: '후속 조치',
    create_proposal: '제안서 작성',
    proposal_sent: '제안서 발송',
    discovery: '탐색',
    solution: '솔루션 검토',
    demo: '데모',
    proposal: '제안',
    close: '계약 체결',
    won: '성사',
    lost: '실패',
    sales: '영업 파이프라인',
    opportunity: '영업 기회 파이프라인',
  },
};

/** Stages as [id, win probability], in order; Won and Lost close every pipeline, rotting off. */
function stagesOf(spec: readonly (readonly [string, number])[], locale: ModelLocale): PipelineStage[] {
  const n = names[locale];
  return [
    ...spec.map(([id, probability]) => open(id, n[id]!, probability)),
    { id: 'won', name: n['won']!, probability: 1, rottingDays: null, outcome: 'won', requires: ['amount'], archived: false },
    { id: 'lost', name: n['lost']!, probability: 0, rottingDays: null, outcome: 'lost', requires: [], archived: false },
  ];
}

/** Default sales pipeline (DOMAIN.md §3). */
export const defaultSalesStages = (locale: ModelLocale = 'en'): PipelineStage[] =>
  stagesOf(
    [
      ['to_contact', 0.1],
      ['contacted', 0.2],
      ['follow_up', 0.4],
      ['create_proposal', 0.6],
      ['proposal_sent', 0.8],
    ],
    locale,
  );

/** Stages of the lifecycle's Opportunity (DOMAIN.md §3). */
export const defaultOpportunityStages = (locale: ModelLocale = 'en'): PipelineStage[] =>
  stagesOf(
    [
      ['discovery', 0.2],
      ['solution', 0.4],
      ['demo', 0.6],
      ['proposal', 0.8],
      ['close', 0.9],
    ],
    locale,
  );

export function createDefaultPipelines(now: Timestamp, ids?: { sales?: string; opportunity?: string }, locale: ModelLocale = 'en'): Pipeline[] {
  return [
    stampNew({ name: names[locale]['sales']!, kind: 'sales' as const, stages: defaultSalesStages(locale) }, now, ids?.sales),
    stampNew({ name: names[locale]['opportunity']!, kind: 'opportunity' as const, stages: defaultOpportunityStages(locale) }, now, ids?.opportunity),
  ];
}
