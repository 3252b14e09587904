import { newId } from '../../model/record';
import type { FunnelDesign } from '../funnel-design';
import { saasLifecycle } from './saas-lifecycle';
import { simpleLeadProcess } from './simple-lead-process';
import type { TemplateBuilder, TemplateLocale, Words } from './template-kit';
import { theModel } from './the-model';

export type { TemplateLocale, Words } from './template-kit';

export const designTemplateIds = ['the_model', 'saas_lifecycle', 'simple_lead_process'] as const;
export type DesignTemplateId = (typeof designTemplateIds)[number];

export type DesignTemplate = { id: DesignTemplateId; name: Words; summary: Words; build: TemplateBuilder };

/** The built-in designs to start from (issue 13: templates), each in Korean and English. */
export const designTemplates: readonly DesignTemplate[] = [
  {
    id: 'the_model',
    name: { en: 'The Model', ko: '더 모델' },
    summary: {
      en: 'Marketing → SDR → AE → CSM, with an EBR booking outbound meetings; every role has its own targets.',
      ko: '마케팅 → SDR → AE → CSM 분업, 아웃바운드 미팅은 EBR이 만듦; 역할마다 목표가 있음.',
    },
    build: theModel,
  },
  {
    id: 'saas_lifecycle',
    name: { en: 'B2B SaaS lifecycle', ko: 'B2B SaaS 라이프사이클' },
    summary: {
      en: 'Prospect → Subscriber → Lead → MQL → SQL → Opportunity → Customer, with criteria, owners and SLAs.',
      ko: '잠재 고객 → 구독자 → 리드 → MQL → SQL → 영업 기회 → 고객, 단계마다 기준·담당·SLA.',
    },
    build: saasLifecycle,
  },
  {
    id: 'simple_lead_process',
    name: { en: 'Simple lead process', ko: '간단한 리드 프로세스' },
    summary: { en: 'Lead → Qualified → Accepted → Opportunity → Won, with recycling.', ko: '리드 → 적격 → 승인 → 영업 기회 → 성사, 재활용 포함.' },
    build: simpleLeadProcess,
  },
];

export const isDesignTemplateId = (id: string): id is DesignTemplateId => (designTemplateIds as readonly string[]).includes(id);

/** A template's design in one language, with new ids for its seats, rules, pipelines and volume SLAs. */
export function buildTemplate(id: DesignTemplateId, locale: TemplateLocale, makeId: () => string = newId): FunnelDesign {
  const template = designTemplates.find((t) => t.id === id)!;
  return template.build({ locale, newId: makeId });
}
