import { membersOf, defaultPolicies, defaultStages, pipelines, routingRule, scoringModel, seat, say, type TemplateBuilder } from './template-kit';

/**
 * "The Model" (DOMAIN.md §1, division of labour): marketing acquires leads, SDRs turn them into
 * meetings, AEs turn meetings into wins, a CSM keeps customers; an EBR books meetings from target
 * accounts (outbound). Each role has its own intermediate metric as its target.
 */
export const theModel: TemplateBuilder = (kit) => {
  const team = [
    seat(kit, 'marketing', { en: 'Marketing manager', ko: '마케팅 매니저' }, { admin: true }),
    seat(kit, 'sdr', { en: 'SDR 1', ko: '인사이드 세일즈 1' }, { capacity: 150 }),
    seat(kit, 'sdr', { en: 'SDR 2', ko: '인사이드 세일즈 2' }, { capacity: 150 }),
    seat(kit, 'ebr', { en: 'EBR (outbound)', ko: '아웃바운드 세일즈 (EBR)' }, { capacity: 100 }),
    seat(kit, 'ae', { en: 'AE 1', ko: '필드 세일즈 1' }, { quota: 300_000 }),
    seat(kit, 'ae', { en: 'AE 2', ko: '필드 세일즈 2' }, { quota: 300_000 }),
    seat(kit, 'csm', { en: 'CSM', ko: '커스터머 석세스' }),
  ];
  return {
    lifecycle: {
      ...defaultPolicies(),
      name: say(kit, { en: 'The Model', ko: '더 모델 (분업형 영업)' }),
      stages: defaultStages(kit),
      handOffStageId: 'mql',
      acceptedStageId: 'sql',
      // SDRs take inbound hand-offs, the EBR outbound ones; AEs get meetings the SDR accepted.
      handOffRoles: ['sdr', 'ebr'],
      volumeSlas: [
        { id: kit.newId(), stageId: 'mql', ownerRole: 'marketing', count: 60, period: 'month' },
        { id: kit.newId(), stageId: 'sql', ownerRole: 'sdr', count: 25, period: 'month' },
      ],
    },
    scoringModel: scoringModel(kit, {
      name: say(kit, { en: 'The Model scoring', ko: '더 모델 스코어링' }),
      bantWeights: { budget: 30, authority: 30, need: 25, timeframe: 15 },
    }),
    routingRules: [
      routingRule(kit, 1, { en: 'Outbound target accounts → EBR', ko: '아웃바운드 대상 계정 → EBR' }, [{ op: 'equals', field: 'source', value: 'outbound' }], {
        kind: 'least_loaded',
        memberIds: membersOf(team, 'ebr'),
      }),
      routingRule(kit, 2, { en: 'Inbound hand-offs → SDRs in turn', ko: '인바운드 핸드오프 → SDR 순번 배정' }, [], {
        kind: 'round_robin',
        memberIds: membersOf(team, 'sdr'),
      }),
    ],
    pipelines: pipelines(kit, ['sales', 'opportunity']),
    team,
    roles: [
      {
        role: 'marketing',
        kpis: [
          { metric: 'new_leads', target: 300, period: 'month' },
          { metric: 'mqls', target: 60, period: 'month' },
        ],
      },
      {
        role: 'sdr',
        kpis: [
          { metric: 'sqls', target: 25, period: 'month' },
          { metric: 'follow_up_hours', target: 24, period: 'month' },
        ],
      },
      {
        role: 'ae',
        kpis: [
          { metric: 'wins', target: 6, period: 'month' },
          { metric: 'win_rate', target: 0.25, period: 'quarter' },
        ],
      },
      { role: 'ebr', kpis: [{ metric: 'outbound_meetings', target: 15, period: 'month' }] },
      { role: 'csm', kpis: [{ metric: 'retention_rate', target: 0.9, period: 'quarter' }] },
    ],
  };
};
