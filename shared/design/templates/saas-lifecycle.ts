import { membersOf, defaultPolicies, defaultStages, pipelines, routingRule, scoringModel, seat, say, type TemplateBuilder } from './template-kit';

/** The B2B SaaS lifecycle of DOMAIN.md §1: seven stages with their criteria, owners and SLAs; hot leads straight to an AE. */
export const saasLifecycle: TemplateBuilder = (kit) => {
  const team = [
    seat(kit, 'marketing', { en: 'Marketer', ko: '마케터' }, { admin: true }),
    seat(kit, 'sdr', { en: 'SDR', ko: '인사이드 세일즈' }),
    seat(kit, 'ae', { en: 'AE', ko: '필드 세일즈' }),
    seat(kit, 'csm', { en: 'CSM', ko: '커스터머 석세스' }),
  ];
  return {
    lifecycle: {
      ...defaultPolicies(),
      name: say(kit, { en: 'B2B SaaS lifecycle', ko: 'B2B SaaS 라이프사이클' }),
      stages: defaultStages(kit),
      handOffStageId: 'mql',
      acceptedStageId: 'sql',
      handOffRoles: ['sdr', 'ae'],
      volumeSlas: [{ id: kit.newId(), stageId: 'mql', ownerRole: 'marketing', count: 120, period: 'quarter' }],
    },
    scoringModel: scoringModel(kit, { name: say(kit, { en: 'SaaS scoring', ko: 'SaaS 스코어링' }) }),
    // Two ranges that meet (…89 and 90…): no gap, no overlap, every hand-off has exactly one rule.
    routingRules: [
      routingRule(
        kit,
        1,
        { en: 'Hot hand-offs (score 90+) → AE', ko: '고득점 핸드오프 (90점 이상) → AE' },
        [{ op: 'range', field: 'score.handOff', min: 90, max: null }],
        {
          kind: 'person',
          memberId: membersOf(team, 'ae')[0]!,
        },
      ),
      routingRule(kit, 2, { en: 'Other hand-offs → SDR', ko: '그 밖의 핸드오프 → SDR' }, [{ op: 'range', field: 'score.handOff', min: null, max: 89 }], {
        kind: 'person',
        memberId: membersOf(team, 'sdr')[0]!,
      }),
    ],
    pipelines: pipelines(kit, ['sales', 'opportunity']),
    team,
    roles: [
      { role: 'marketing', kpis: [{ metric: 'mqls', target: 120, period: 'quarter' }] },
      { role: 'sdr', kpis: [{ metric: 'sqls', target: 40, period: 'quarter' }] },
      { role: 'ae', kpis: [{ metric: 'wins', target: 10, period: 'quarter' }] },
      { role: 'csm', kpis: [{ metric: 'retention_rate', target: 0.9, period: 'quarter' }] },
    ],
  };
};
