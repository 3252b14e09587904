import type { ContentAsset, ContentAssetKind, FunnelPosition } from '../model/content-asset';
import type { Persona } from '../model/persona';
import type { QuoteSourceKind, VocQuote } from '../model/voc-quote';
import type { DemoContext } from './demo-context';
import { DAY_MS } from './demo-context';
import type { DemoLocale } from './demo-vocabulary';

type QuoteSpec = { persona: number | null; quote: string; topic: string; source: string; kind: QuoteSourceKind };

/** What the demo's buyers said, by persona index of demoPersonas (null: heard across the market). */
const quotes: Record<DemoLocale, readonly QuoteSpec[]> = {
  en: [
    {
      persona: 0,
      quote: 'Sales keeps telling me our leads are junk, but nobody agrees on what a good lead is.',
      topic: 'lead quality',
      source: 'Interview, Q2 customer panel',
      kind: 'interview',
    },
    {
      persona: 0,
      quote: 'I can show clicks all day. I cannot show which campaign paid for the new hires.',
      topic: 'attribution',
      source: 'https://community.example.com/t/attribution',
      kind: 'forum',
    },
    {
      persona: 1,
      quote: 'Every tool we add is another integration my team has to babysit.',
      topic: 'integrations',
      source: 'Interview with an IT manager',
      kind: 'interview',
    },
    {
      persona: 1,
      quote: 'The security review took four months last time. I will not do that again for a CRM.',
      topic: 'security',
      source: 'https://forum.example.org/it-buyers/123',
      kind: 'forum',
    },
    {
      persona: 2,
      quote: 'Our forecast is a number the VP of Sales feels good about on Monday.',
      topic: 'forecasting',
      source: 'Board meeting notes',
      kind: 'other',
    },
    {
      persona: 3,
      quote: 'Half the MQLs marketing sends me have never heard of us.',
      topic: 'lead quality',
      source: 'Interview, sales kick-off',
      kind: 'interview',
    },
    {
      persona: 3,
      quote: 'If a lead sits for two days it is gone. Speed to lead is everything.',
      topic: 'follow-up speed',
      source: 'https://blog.example.com/speed-to-lead',
      kind: 'url',
    },
    { persona: null, quote: 'We want one place where marketing and sales agree on the rules.', topic: 'alignment', source: 'Webinar Q&A', kind: 'other' },
  ],
  ko: [
    {
      persona: 0,
      quote: '영업팀은 리드 품질이 나쁘다고만 하는데, 좋은 리드가 뭔지 합의한 적이 없어요.',
      topic: '리드 품질',
      source: '고객 인터뷰, 2분기 패널',
      kind: 'interview',
    },
    {
      persona: 0,
      quote: '클릭 수는 얼마든지 보여줄 수 있는데, 어떤 캠페인이 매출을 만들었는지는 모르겠어요.',
      topic: '성과 측정',
      source: 'https://community.example.com/t/attribution',
      kind: 'forum',
    },
    {
      persona: 1,
      quote: '도구를 하나 더 들이면 우리 팀이 돌봐야 할 연동이 하나 더 생깁니다.',
      topic: '시스템 연동',
      source: 'IT 매니저 인터뷰',
      kind: 'interview',
    },
    {
      persona: 1,
      quote: '지난번 보안 검토에 넉 달이 걸렸어요. CRM 때문에 다시 그럴 수는 없습니다.',
      topic: '보안',
      source: 'https://forum.example.org/it-buyers/123',
      kind: 'forum',
    },
    { persona: 2, quote: '우리 매출 예측은 월요일에 영업본부장 기분이 좋은 숫자일 뿐입니다.', topic: '매출 예측', source: '이사회 회의록', kind: 'other' },
    { persona: 3, quote: '마케팅이 넘겨주는 MQL 절반은 우리 회사를 들어본 적도 없어요.', topic: '리드 품질', source: '영업 킥오프 인터뷰', kind: 'interview' },
    {
      persona: 3,
      quote: '리드가 이틀만 방치돼도 놓칩니다. 응대 속도가 전부예요.',
      topic: '응대 속도',
      source: 'https://blog.example.com/speed-to-lead',
      kind: 'url',
    },
    { persona: null, quote: '마케팅과 영업이 같은 규칙에 합의하는 한 곳이 필요해요.', topic: '조직 정렬', source: '웨비나 질의응답', kind: 'other' },
  ],
};

type AssetSpec = { title: Record<DemoLocale, string>; kind: ContentAssetKind; position: FunnelPosition; stages: string[]; personas: number[] };

const assets: readonly AssetSpec[] = [
  {
    title: { en: 'Why your leads and sales disagree', ko: '마케팅과 영업이 리드를 두고 다투는 이유' },
    kind: 'blog_post',
    position: 'tofu',
    stages: ['prospect', 'subscriber'],
    personas: [],
  },
  {
    title: { en: 'The buyer guide to lead scoring', ko: '리드 스코어링 구매 가이드' },
    kind: 'buyer_guide',
    position: 'tofu',
    stages: ['subscriber', 'lead'],
    personas: [0],
  },
  {
    title: { en: 'State of B2B funnels 2025 (research)', ko: '2025 B2B 퍼널 현황 보고서' },
    kind: 'research_paper',
    position: 'tofu',
    stages: ['lead'],
    personas: [0, 2],
  },
  {
    title: { en: 'E-book: an SLA between marketing and sales', ko: '전자책: 마케팅과 영업의 SLA' },
    kind: 'ebook',
    position: 'mofu',
    stages: ['lead', 'mql'],
    personas: [0, 3],
  },
  {
    title: { en: 'Case study: a 40 % faster hand-off', ko: '사례 연구: 핸드오프 40% 단축' },
    kind: 'case_study',
    position: 'mofu',
    stages: ['mql', 'sql'],
    personas: [3],
  },
  {
    title: { en: 'Security and integrations overview', ko: '보안 및 연동 개요' },
    kind: 'buyer_guide',
    position: 'mofu',
    stages: ['sql', 'opportunity'],
    personas: [1],
  },
  {
    title: { en: 'Battle card: Baton vs. spreadsheets', ko: '배틀 카드: Baton 대 스프레드시트' },
    kind: 'battle_card',
    position: 'bofu',
    stages: ['opportunity'],
    personas: [],
  },
  {
    title: { en: 'Live demo: forecast you can defend', ko: '라이브 데모: 근거 있는 매출 예측' },
    kind: 'demo',
    position: 'bofu',
    stages: ['sql', 'opportunity'],
    personas: [2, 3],
  },
];

/** The demo's voice-of-customer library and content by stage, for the personas it made. */
export function generateVoiceAndContent(ctx: DemoContext, personas: readonly Persona[]): { quotes: VocQuote[]; contentAssets: ContentAsset[] } {
  const at = ctx.now - 150 * DAY_MS;
  const personaId = (index: number | null) => (index === null ? null : (personas[index]?.id ?? null));
  return {
    quotes: quotes[ctx.locale].map((q, i) => ({
      ...ctx.stamp(at + i * DAY_MS),
      personaId: personaId(q.persona),
      quote: q.quote,
      topic: q.topic,
      notes: '',
      source: q.source,
      sourceKind: q.kind,
      saidAt: at - (10 + i * 7) * DAY_MS,
    })),
    contentAssets: assets.map((a, i) => ({
      ...ctx.stamp(at + i * DAY_MS),
      title: a.title[ctx.locale],
      kind: a.kind,
      url: `https://baton.example/content/${i + 1}`,
      funnelPosition: a.position,
      stageIds: a.stages,
      personaIds: a.personas.map((p) => personaId(p)).filter((id): id is string => id !== null),
    })),
  };
}
