import type { LifecycleStage } from '../../model/lifecycle';
import { membersOf, pipelines, routingRule, scoringModel, seat, say, type TemplateBuilder, type TemplateKit, type Words } from './template-kit';

type Spec = Pick<LifecycleStage, 'id' | 'kind' | 'entryCriteria' | 'ownerRole' | 'slaHours' | 'allowedNext'> & { name: Words | null; definition: Words };

/**
 * Lead → Qualified → Accepted → Opportunity → Won, with recycling (DOMAIN.md §7, the minimal
 * process). The canonical stage ids carry the process's own names, so every report reads it.
 */
const specs: Spec[] = [
  {
    id: 'lead',
    name: null,
    kind: 'funnel',
    entryCriteria: [{ kind: 'consent_present' }],
    ownerRole: 'marketing',
    slaHours: null,
    allowedNext: ['mql', 'recycled', 'disqualified'],
    definition: { en: 'A person we may contact: consent recorded.', ko: '연락해도 되는 사람: 수신 동의가 기록됨.' },
  },
  {
    id: 'mql',
    name: { en: 'Qualified', ko: '적격' },
    kind: 'funnel',
    entryCriteria: [{ kind: 'hand_off_ready' }, { kind: 'consent_present' }],
    ownerRole: 'sdr',
    slaHours: 24,
    allowedNext: ['sql', 'recycled', 'disqualified'],
    definition: {
      en: 'Score at or above the hand-off threshold; the SDR follows up within a working day.',
      ko: '점수가 핸드오프 임계값 이상; SDR이 영업일 하루 안에 연락함.',
    },
  },
  {
    id: 'sql',
    name: { en: 'Accepted', ko: '승인' },
    kind: 'funnel',
    entryCriteria: [{ kind: 'activity_present', activityTypes: ['meeting_booked'] }],
    ownerRole: 'ae',
    slaHours: 72,
    allowedNext: ['opportunity', 'recycled', 'disqualified'],
    definition: { en: 'Sales accepted the lead: a meeting is booked.', ko: '영업이 리드를 승인함: 미팅이 잡힘.' },
  },
  {
    id: 'opportunity',
    name: null,
    kind: 'funnel',
    entryCriteria: [{ kind: 'deal_amount_present' }, { kind: 'deal_close_date_present' }],
    ownerRole: 'ae',
    slaHours: null,
    allowedNext: ['customer', 'recycled'],
    definition: { en: 'A deal with an amount and an expected close date.', ko: '금액과 예상 계약일이 있는 딜.' },
  },
  {
    id: 'customer',
    name: { en: 'Won', ko: '성사' },
    kind: 'funnel',
    entryCriteria: [{ kind: 'deal_won' }],
    ownerRole: 'ae',
    slaHours: null,
    allowedNext: ['recycled'],
    definition: { en: 'The deal is won.', ko: '딜이 성사됨.' },
  },
  {
    id: 'recycled',
    name: null,
    kind: 'recycled',
    entryCriteria: [],
    ownerRole: 'marketing',
    slaHours: null,
    allowedNext: ['lead', 'mql', 'disqualified'],
    definition: { en: 'Back to nurture with a reason; can qualify again.', ko: '사유와 함께 육성으로 돌아감; 다시 적격이 될 수 있음.' },
  },
  {
    id: 'disqualified',
    name: null,
    kind: 'disqualified',
    entryCriteria: [],
    ownerRole: null,
    slaHours: null,
    allowedNext: ['lead'],
    definition: { en: 'Off-target; not nurtured.', ko: '대상 아님; 육성하지 않음.' },
  },
];

const stagesOf = (kit: TemplateKit): LifecycleStage[] =>
  specs.map((s) => ({ ...s, name: s.name ? say(kit, s.name) : null, definition: say(kit, s.definition), exitCriteria: [], content: [] }));

export const simpleLeadProcess: TemplateBuilder = (kit) => {
  const team = [
    seat(kit, 'marketing', { en: 'Marketer', ko: '마케터' }, { admin: true }),
    seat(kit, 'sdr', { en: 'SDR', ko: '인사이드 세일즈' }),
    seat(kit, 'ae', { en: 'AE', ko: '필드 세일즈' }),
  ];
  return {
    lifecycle: {
      name: say(kit, { en: 'Simple lead process', ko: '간단한 리드 프로세스' }),
      stages: stagesOf(kit),
      handOffStageId: 'mql',
      acceptedStageId: 'sql',
      handOffRoles: ['sdr'],
      overrideRoles: [],
      handOffFallback: { kind: 'owner_pool' },
      volumeSlas: [{ id: kit.newId(), stageId: 'mql', ownerRole: 'marketing', count: 30, period: 'month' }],
    },
    scoringModel: scoringModel(kit, { name: say(kit, { en: 'Simple scoring', ko: '간단한 스코어링' }), handOffThreshold: 60 }),
    routingRules: [
      routingRule(kit, 1, { en: 'Every hand-off → SDR', ko: '모든 핸드오프 → SDR' }, [], { kind: 'person', memberId: membersOf(team, 'sdr')[0]! }),
    ],
    pipelines: pipelines(kit, ['sales']),
    team,
    roles: [
      { role: 'marketing', kpis: [{ metric: 'mqls', target: 30, period: 'month' }] },
      { role: 'sdr', kpis: [{ metric: 'sqls', target: 12, period: 'month' }] },
      { role: 'ae', kpis: [{ metric: 'wins', target: 4, period: 'month' }] },
    ],
  };
};
