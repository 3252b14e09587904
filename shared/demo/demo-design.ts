import type { Icp } from '../model/icp';
import type { RecycleReason } from '../model/identifiers';
import type { LifecycleDefinition } from '../model/lifecycle';
import type { Pipeline } from '../model/pipeline';
import type { RoutingRule } from '../model/routing-rule';
import type { ScoringModel } from '../model/scoring-model';
import type { TeamMember } from '../model/team-member';
import { stagesFromDesign, type DesignTargets } from '../simulator/plan-inputs';
import type { DemoContext } from './demo-context';
import type { StageRoles } from './stage-roles';

export { canonicalRoles, stageRolesOf, type StageRoles } from './stage-roles';

/** The funnel design a demo workspace follows: its lifecycle (stages, SLAs), team, scoring model, pipelines and targets. */
export type DemoDesign = {
  lifecycle: LifecycleDefinition;
  /** The design's team; empty: the demo's own team of marketer, SDRs, AEs and a CSM. */
  teamMembers: readonly TeamMember[];
  scoringModel?: ScoringModel | null;
  pipelines?: readonly Pipeline[];
  routingRules?: readonly RoutingRule[];
  icp?: Icp | null;
  /** Conversion rates per stage the demo's contacts follow; stages without one take the simulator's starting rates. */
  targets?: DesignTargets;
  currency?: string;
};

/** A contact's way through the lifecycle: the stages in order (the last is where it is now). */
export type StagePath = { stages: string[]; recycleReason: RecycleReason | null };

/** Share of contacts that stop after the hand-off and are recycled (the rest wait in their stage). */
const recycleShare = 0.4;
/** Share of contacts that stop before the hand-off and are disqualified. */
const disqualifyShare = 0.08;

/**
 * Paths that follow a design's conversion rates: from the first funnel stage each contact moves on
 * with its stage's rate and otherwise stops there — after the hand-off often recycled with a reason
 * that suits the stage, before it sometimes disqualified.
 */
export function designPaths(lifecycle: LifecycleDefinition, roles: StageRoles, targets: DesignTargets = {}): (ctx: DemoContext) => StagePath {
  const stages = stagesFromDesign(lifecycle, targets);
  const ids = stages.map((s) => s.id);
  const handOffAt = ids.indexOf(roles.handOff);
  const acceptedAt = ids.indexOf(roles.accepted);
  const reasonsAt = (at: number): readonly RecycleReason[] =>
    acceptedAt >= 0 && at > acceptedAt
      ? ['opportunity_lost', 'stalled']
      : at === acceptedAt
        ? ['no_budget', 'bad_timing']
        : ['failed_qualification', 'no_meeting'];
  return (ctx) => {
    let at = 0;
    while (at < stages.length - 1 && ctx.random.chance(stages[at]!.conversionRate)) at++;
    const path = ids.slice(0, at + 1);
    if (at === stages.length - 1) return { stages: path, recycleReason: null };
    if (roles.recycled && handOffAt >= 0 && at >= handOffAt && ctx.random.chance(recycleShare)) {
      return { stages: [...path, roles.recycled], recycleReason: ctx.random.pick(reasonsAt(at)) };
    }
    if (roles.disqualified && (handOffAt < 0 || at < handOffAt) && ctx.random.chance(disqualifyShare))
      return { stages: [...path, roles.disqualified], recycleReason: null };
    return { stages: path, recycleReason: null };
  };
}
