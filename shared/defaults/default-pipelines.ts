import type { Pipeline, PipelineStage } from '../model/pipeline';
import { stampNew, type Timestamp } from '../model/record';
import type { ModelLocale } from './default-scoring-model';

const ROTTING_DAYS = 14;

const open = (id: string, name: string, probability: number): PipelineStage => ({
  id,
  name,
  probability,
  rottingDays: ROTTING_DAYS,
  outcome: 'open',
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
    opportunity: '영업 기회',
  },
};

const closing = (locale: ModelLocale): PipelineStage[] => [
  { id: 'won', name: names[locale]['won']!, probability: 1, rottingDays: null, outcome: 'won' },
  { id: 'lost', name: names[locale]['lost']!, probability: 0, rottingDays: null, outcome: 'lost' },
];

/** Default sales pipeline (DOMAIN.md §3); rotting is off for Won and Lost. */
export function defaultSalesStages(locale: ModelLocale = 'en'): PipelineStage[] {
  const n = names[locale];
  return [
    open('to_contact', n['to_contact']!, 0.1),
    open('contacted', n['contacted']!, 0.2),
    open('follow_up', n['follow_up']!, 0.4),
    open('create_proposal', n['create_proposal']!, 0.6),
    open('proposal_sent', n['proposal_sent']!, 0.8),
    ...closing(locale),
  ];
}

/** Stages of the lifecycle's Opportunity (DOMAIN.md §3). */
export function defaultOpportunityStages(locale: ModelLocale = 'en'): PipelineStage[] {
  const n = names[locale];
  return [
    open('discovery', n['discovery']!, 0.2),
    open('solution', n['solution']!, 0.4),
    open('demo', n['demo']!, 0.6),
    open('proposal', n['proposal']!, 0.8),
    open('close', n['close']!, 0.9),
    ...closing(locale),
  ];
}

export function createDefaultPipelines(now: Timestamp, ids?: { sales?: string; opportunity?: string }, locale: ModelLocale = 'en'): Pipeline[] {
  return [
    stampNew({ name: names[locale]['sales']!, kind: 'sales' as const, stages: defaultSalesStages(locale) }, now, ids?.sales),
    stampNew({ name: names[locale]['opportunity']!, kind: 'opportunity' as const, stages: defaultOpportunityStages(locale) }, now, ids?.opportunity),
  ];
}
