import type { WorkspaceData } from '../model/workspace';
import { newId, type Timestamp } from '../model/record';
import { emptyRoutingState } from '../model/routing-rule';
import { defaultCalendar } from './default-calendar';
import { createDefaultLifecycle } from './default-lifecycle';
import { createDefaultPipelines } from './default-pipelines';
import { createDefaultScoringModel } from './default-scoring-model';

/** A new workspace with the default funnel design and no people or contacts yet. */
export function createEmptyWorkspaceData(input: { name: string; locale: 'ko' | 'en'; now: Timestamp }): WorkspaceData {
  const { now, locale } = input;
  const lifecycle = createDefaultLifecycle(now, undefined, locale);
  const scoringModel = createDefaultScoringModel(now, undefined, locale);
  return {
    meta: [
      {
        id: newId(),
        createdAt: now,
        updatedAt: now,
        deletedAt: null,
        name: input.name,
        locale,
        currency: locale === 'ko' ? 'KRW' : 'USD',
        calendar: defaultCalendar(locale),
        activeLifecycleId: lifecycle.id,
        activeScoringModelId: scoringModel.id,
        activeIcpId: null,
        isDemo: false,
        routingState: emptyRoutingState(),
      },
    ],
    lifecycles: [lifecycle],
    scoringModels: [scoringModel],
    pipelines: createDefaultPipelines(now, undefined, locale),
    teamMembers: [],
    companies: [],
    contacts: [],
    activities: [],
    deals: [],
    dealMoves: [],
    tasks: [],
    personas: [],
    icps: [],
    routingRules: [],
    transitions: [],
    assignments: [],
    notifications: [],
    leadViews: [],
    designVersions: [],
    roleTargets: [],
    quotes: [],
    contentAssets: [],
  };
}
