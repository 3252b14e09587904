import { defaultCalendar } from '../defaults/default-calendar';
import { createDefaultLifecycle } from '../defaults/default-lifecycle';
import { createDefaultPipelines } from '../defaults/default-pipelines';
import { createDefaultScoringModel } from '../defaults/default-scoring-model';
import type { Icp } from '../model/icp';
import { personaColors, type Persona } from '../model/persona';
import { emptyRoutingState, type RoutingRule } from '../model/routing-rule';
import type { TeamMember } from '../model/team-member';
import type { WorkspaceData } from '../model/workspace';
import type { DemoContext } from './demo-context';
import { DAY_MS } from './demo-context';
import { demoPersonas, icpIndustries, teamSpec } from './demo-vocabulary';
import type { DemoDesign } from './demo-design';

export type DemoSetup = Pick<WorkspaceData, 'meta' | 'teamMembers' | 'personas' | 'icps' | 'lifecycles' | 'scoringModels' | 'pipelines' | 'routingRules'>;

/** Team, personas, ICP and the funnel design of a demo workspace: the default one, or the design given (its lifecycle, team, model, pipelines). */
export function generateSetup(ctx: DemoContext, design: DemoDesign | null = null): DemoSetup {
  const setupAt = ctx.now - 200 * DAY_MS;
  const generatedTeam: TeamMember[] = teamSpec[ctx.locale].map(([name, role], i) => ({
    ...ctx.stamp(setupAt),
    name,
    email: `${role}${i + 1}@baton.example`,
    role,
    territory: null,
    capacity: role === 'sdr' ? 400 : null,
    active: true,
    quota: role === 'ae' ? (ctx.locale === 'ko' ? 600_000_000 : 500_000) : null,
    // The first person of the team (its marketer) runs the workspace.
    admin: i === 0,
  }));
  const teamMembers = design && design.teamMembers.length > 0 ? design.teamMembers.map((m) => ({ ...m })) : generatedTeam;
  const personas: Persona[] = demoPersonas.map((spec, order) => ({
    ...ctx.stamp(setupAt),
    name: spec.name[ctx.locale],
    color: personaColors[order % personaColors.length]!,
    decisionRole: spec.decisionRole,
    titlePatterns: spec.patterns,
    order,
    goals: spec.profile[ctx.locale].goals,
    pains: spec.pains[ctx.locale],
    objections: spec.profile[ctx.locale].objections,
    buyingTriggers: spec.profile[ctx.locale].buyingTriggers,
    channels: ['email', 'linkedin'],
    problemWords: spec.profile[ctx.locale].problemWords,
  }));
  const icp: Icp = {
    ...ctx.stamp(setupAt),
    name: ctx.locale === 'ko' ? '중견 B2B 기업' : 'Mid-market B2B',
    criteria: [
      { kind: 'in_list', field: 'industry', values: [...icpIndustries], weight: 40 },
      { kind: 'range', field: 'employeeCount', min: 50, max: 2000, weight: 40 },
      { kind: 'has_any', field: 'technologies', values: ['salesforce', 'hubspot', 'aws'], weight: 20 },
    ],
    threshold: 60,
  };
  const lifecycle = design ? structuredClone(design.lifecycle) : createDefaultLifecycle(setupAt, ctx.id(setupAt), ctx.locale);
  // A demo shows the volume promise at work: marketing delivers 60 MQLs a quarter (a design keeps its own promises).
  if (!design) lifecycle.volumeSlas = [{ id: 'marketing-mqls', stageId: 'mql', ownerRole: 'marketing', count: 60, period: 'quarter' }];
  const scoringModel = design?.scoringModel ? structuredClone(design.scoringModel) : createDefaultScoringModel(setupAt, ctx.id(setupAt), ctx.locale);
  const pipelines =
    design?.pipelines && design.pipelines.length > 0
      ? structuredClone([...design.pipelines])
      : createDefaultPipelines(setupAt, { sales: ctx.id(setupAt), opportunity: ctx.id(setupAt) }, ctx.locale);
  const sdrs = teamMembers.filter((m) => m.role === 'sdr' && m.active && m.deletedAt === null).map((m) => m.id);
  const routingRules: RoutingRule[] = design?.routingRules
    ? structuredClone([...design.routingRules])
    : sdrs.length === 0
      ? []
      : [
          {
            ...ctx.stamp(setupAt),
            name: ctx.locale === 'ko' ? '대기업 → 시니어 SDR' : 'Enterprise → senior SDR',
            order: 0,
            active: true,
            conditions: [{ op: 'range', field: 'company.employeeCount', min: 1000, max: null }],
            target: { kind: 'person', memberId: sdrs[0]! },
          },
          {
            ...ctx.stamp(setupAt),
            name: ctx.locale === 'ko' ? '그 외 → SDR 라운드로빈' : 'Everyone else → SDR round robin',
            order: 1,
            active: true,
            conditions: [],
            target: { kind: 'round_robin', memberIds: sdrs },
          },
        ];
  const meta = {
    ...ctx.stamp(setupAt),
    name: demoWorkspaceName(ctx.locale, design?.lifecycle.name ?? null),
    locale: ctx.locale,
    currency: design?.currency ?? (ctx.locale === 'ko' ? 'KRW' : 'USD'),
    calendar: defaultCalendar(ctx.locale),
    activeLifecycleId: lifecycle.id,
    activeScoringModelId: scoringModel.id,
    activeIcpId: icp.id,
    isDemo: true,
    routingState: emptyRoutingState(),
  };
  return { meta: [meta], teamMembers, personas, icps: [icp], lifecycles: [lifecycle], scoringModels: [scoringModel], pipelines, routingRules };
}

/** What a demo workspace is called: the demo of a design says whose. */
export function demoWorkspaceName(locale: DemoContext['locale'], designName: string | null): string {
  if (designName === null) return locale === 'ko' ? '데모 워크스페이스' : 'Demo workspace';
  return locale === 'ko' ? `데모: ${designName}` : `Demo: ${designName}`;
}
